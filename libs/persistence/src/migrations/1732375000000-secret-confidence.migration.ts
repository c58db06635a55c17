// Each stored finding says how sure the match is (issue 8: high, medium, low). Rows stored before
// this column existed came from the specific and generic rules alike: they read as `high`.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SecretConfidence1732375000000 implements MigrationInterface {
  name = 'SecretConfidence1732375000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE secrets_found ADD COLUMN confidence varchar(8) NOT NULL DEFAULT 'high'`);
    await q.query(
      `ALTER TABLE secrets_found ADD CONSTRAINT chk_secrets_found_confidence CHECK (confidence IN ('high','medium','low'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE secrets_found DROP COLUMN confidence`);
  }
}
