// mongo-java-server in memory on a free loopback port, for the read-model contract suite:
// prints "LISTENING <port>" once bound, and stops when its standard input closes (the
// test run that started it ended, however it ended). Run from source: java -cp <jars> this file.
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.List;

public class MongoJavaServer {
  public static void main(String[] args) throws Exception {
    // The current MongoDB Node.js driver refuses servers below wire version 9 (MongoDB
    // 4.4), more than mongo-java-server announces by itself: it announces 5.0 here. What
    // it lacks of 5.0 the suites meet as errors, not as silence.
    MongoVersion announced =
        new MongoVersion() {
          public List<Integer> getVersionArray() {
            return List.of(5, 0, 0);
          }

          public int getWireVersion() {
            return 13;
          }
        };
    MongoServer server = new MongoServer(new MemoryBackend().version(announced));
    InetSocketAddress address = server.bind();
    System.out.println("LISTENING " + address.getPort());
    System.out.flush();
    while (System.in.read() != -1) {
      // nothing to read: waits for the end of input
    }
    server.shutdownNow();
  }
}
