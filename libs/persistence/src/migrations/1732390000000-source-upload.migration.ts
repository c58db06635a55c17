// Uploads (SPEC §11): a job whose source is a git bundle the client uploads through a presigned
// URL. It starts in `awaiting_upload` (a new status), which counts against the user's cap of
// active jobs, so the partial index of capped jobs covers it too.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = `'pending','cloning','scanning','awaiting_selection','completed','cleaning','cleaned','pushing','pushed','failed','cancelled','expired'`;
const AFTER = `'awaiting_upload',${BEFORE}`;

export class SourceUpload1732390000000 implements MigrationInterface {
  name = 'SourceUpload1732390000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE jobs ADD COLUMN source_upload boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE jobs DROP CONSTRAINT chk_jobs_status`);
    await q.query(`ALTER TABLE jobs ADD CONSTRAINT chk_jobs_status CHECK (status IN (${AFTER}))`);
    await q.query(`DROP INDEX idx_jobs_user_active`);
    await q.query(
      `CREATE INDEX idx_jobs_user_active ON jobs (user_id)
       WHERE status IN ('awaiting_upload','pending','cloning','scanning','cleaning','pushing')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM jobs WHERE source_upload`);
    await q.query(`DROP INDEX idx_jobs_user_active`);
    await q.query(
      `CREATE INDEX idx_jobs_user_active ON jobs (user_id)
       WHERE status IN ('pending','cloning','scanning','cleaning','pushing')`,
    );
    await q.query(`ALTER TABLE jobs DROP CONSTRAINT chk_jobs_status`);
    await q.query(`ALTER TABLE jobs ADD CONSTRAINT chk_jobs_status CHECK (status IN (${BEFORE}))`);
    await q.query(`ALTER TABLE jobs DROP COLUMN source_upload`);
  }
}
