import { documentOf, expectAnswersDocumented } from '@xuncha/platform-nest/testing';
import { planningService } from './planning.service';

describe('the planning OpenAPI document', () => {
  it('documents every operation’s answer and refusals, and is valid OpenAPI 3.0', async () => {
    await expectAnswersDocumented(await documentOf(planningService));
  });
});
