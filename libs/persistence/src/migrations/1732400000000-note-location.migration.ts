// A finding in a git note (`git notes`) has its own location, "note": its file_path is the id of
// the object the note annotates, not a path of the repository.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const LOCATIONS = `'file','path','commit-message','tag-message','author','committer','tagged-blob'`;

export class NoteLocation1732400000000 implements MigrationInterface {
  name = 'NoteLocation1732400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE secrets_found DROP CONSTRAINT chk_secrets_found_location`);
    await q.query(`
      ALTER TABLE secrets_found ADD CONSTRAINT chk_secrets_found_location CHECK (
        location IN (${LOCATIONS},'note')
        AND (location NOT IN ('file','path') OR file_path IS NOT NULL)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE secrets_found DROP CONSTRAINT chk_secrets_found_location`);
    // Before this migration a note was reported as file content at its notes-tree path.
    await q.query(`UPDATE secrets_found SET location = 'file' WHERE location = 'note'`);
    await q.query(`
      ALTER TABLE secrets_found ADD CONSTRAINT chk_secrets_found_location CHECK (
        location IN (${LOCATIONS})
        AND (location NOT IN ('file','path') OR file_path IS NOT NULL)
      )`);
  }
}
