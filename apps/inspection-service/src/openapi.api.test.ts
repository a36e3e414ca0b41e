import { documentOf, expectAnswersDocumented } from '@xuncha/platform-nest/testing';
import { inspectionService } from './inspection.service';

describe('the inspection OpenAPI document', () => {
  it('documents every operation’s answer and refusals, and is valid OpenAPI 3.0', async () => {
    await expectAnswersDocumented(await documentOf(inspectionService));
  });
});
