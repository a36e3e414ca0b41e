/*
 * A Kafka-protocol broker for tests: librdkafka's mock cluster.
 *
 *   mock-broker [--brokers N] topic:partitions ...
 *
 * Creates the topics (the mock cluster reports controller id 0, so clients
 * cannot create them with the admin API), prints "BOOTSTRAP host:port,..." on
 * one line, and runs until stdin closes or SIGTERM/SIGINT arrives. A line
 * "down" or "up" on stdin takes every broker down or brings it back. The mock
 * brokers listen on 127.0.0.1 only.
 *
 * Build: gcc -O2 -o mock-broker mock-broker.c $(pkg-config --cflags --libs rdkafka)
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

static volatile sig_atomic_t stopping = 0;

static void on_signal(int sig) {
        (void)sig;
        stopping = 1;
}

static void usage(void) {
        fprintf(stderr, "usage: mock-broker [--brokers N] topic:partitions ...\n");
}

int main(int argc, char **argv) {
        int broker_cnt = 1;
        int first_topic = 1;
        char errstr[512];

        if (argc > 2 && strcmp(argv[1], "--brokers") == 0) {
                broker_cnt = atoi(argv[2]);
                first_topic = 3;
        }
        if (broker_cnt < 1) {
                usage();
                return 2;
        }

        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = on_signal;
        sigaction(SIGTERM, &sa, NULL);
        sigaction(SIGINT, &sa, NULL);
        signal(SIGPIPE, SIG_IGN);

        rd_kafka_conf_t *conf = rd_kafka_conf_new();
        /* The handle only hosts the cluster: it never needs to reach a broker. */
        if (rd_kafka_conf_set(conf, "log_level", "3", errstr, sizeof(errstr)) != RD_KAFKA_CONF_OK) {
                fprintf(stderr, "mock-broker: %s\n", errstr);
                return 1;
        }
        rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr));
        if (!rk) {
                fprintf(stderr, "mock-broker: rd_kafka_new failed: %s\n", errstr);
                return 1;
        }

        rd_kafka_mock_cluster_t *mcluster = rd_kafka_mock_cluster_new(rk, broker_cnt);
        if (!mcluster) {
                fprintf(stderr, "mock-broker: rd_kafka_mock_cluster_new failed\n");
                rd_kafka_destroy(rk);
                return 1;
        }

        int status = 0;
        for (int i = first_topic; i < argc; i++) {
                char name[256];
                const char *colon = strrchr(argv[i], ':');
                int partitions = colon ? atoi(colon + 1) : 1;
                size_t len = colon ? (size_t)(colon - argv[i]) : strlen(argv[i]);
                if (len == 0 || len >= sizeof(name) || partitions < 1) {
                        fprintf(stderr, "mock-broker: bad topic argument '%s'\n", argv[i]);
                        usage();
                        status = 2;
                        break;
                }
                memcpy(name, argv[i], len);
                name[len] = '\0';
                int replication = broker_cnt < 3 ? broker_cnt : 3;
                rd_kafka_resp_err_t err =
                    rd_kafka_mock_topic_create(mcluster, name, partitions, replication);
                if (err) {
                        fprintf(stderr, "mock-broker: cannot create topic %s: %s\n", name,
                                rd_kafka_err2str(err));
                        status = 1;
                        break;
                }
        }

        if (status == 0) {
                printf("BOOTSTRAP %s\n", rd_kafka_mock_cluster_bootstraps(mcluster));
                fflush(stdout);

                struct pollfd pfd = {.fd = STDIN_FILENO, .events = POLLIN};
                char buf[256];
                while (!stopping) {
                        int n = poll(&pfd, 1, 200);
                        if (n < 0) {
                                if (errno == EINTR)
                                        continue;
                                break;
                        }
                        if (n == 0)
                                continue;
                        if (pfd.revents & (POLLIN | POLLHUP | POLLERR | POLLNVAL)) {
                                ssize_t r = read(STDIN_FILENO, buf, sizeof(buf) - 1);
                                if (r == 0 || (r < 0 && errno != EINTR && errno != EAGAIN))
                                        break; /* stdin closed: the parent is gone */
                                if (r > 0) {
                                        /* "down" / "up": every broker, for bus-outage tests. */
                                        buf[r] = '\0';
                                        int down = strstr(buf, "down") != NULL;
                                        int up = strstr(buf, "up") != NULL;
                                        for (int id = 1; (down || up) && id <= broker_cnt; id++) {
                                                if (down)
                                                        rd_kafka_mock_broker_set_down(mcluster, id);
                                                else
                                                        rd_kafka_mock_broker_set_up(mcluster, id);
                                        }
                                        if (down || up) {
                                                printf("BROKERS %s\n", down ? "DOWN" : "UP");
                                                fflush(stdout);
                                        }
                                }
                        }
                }
        }

        rd_kafka_mock_cluster_destroy(mcluster);
        rd_kafka_destroy(rk);
        return status;
}
