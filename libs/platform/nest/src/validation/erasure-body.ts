import { ApiProperty } from '@nestjs/swagger';
import { IsText } from './fields';

/** The body of every personal-data erasure (crypto-shredding) endpoint. */
export class ErasureBody {
  @ApiProperty({
    description:
      'Why the personal data is erased (删除理由), e.g. the retention period ended or a ' +
      'deletion request was granted. Kept in plaintext with the erasure: never repeat the ' +
      'personal data in it',
  })
  @IsText(500)
  reason!: string;
}
