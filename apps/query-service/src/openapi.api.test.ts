import { documentOf, expectAnswersDocumented } from '@xuncha/platform-nest/testing';
import { queryService } from './query.service';

describe('the query OpenAPI document', () => {
  it('documents every operation’s answer and refusals, and is valid OpenAPI 3.0', async () => {
    await expectAnswersDocumented(await documentOf(queryService));
  });
});
