import { documentOf, expectAnswersDocumented } from '@xuncha/platform-nest/testing';
import { rectificationService } from './rectification.service';

describe('the rectification OpenAPI document', () => {
  it('documents every operation’s answer and refusals, and is valid OpenAPI 3.0', async () => {
    await expectAnswersDocumented(await documentOf(rectificationService));
  });
});
