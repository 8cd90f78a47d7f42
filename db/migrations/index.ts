import { codeMigration, sqlMigration, type Migration } from '../migration.ts';

/**
 * Every migration, in order: one file each in this folder, SQL for schema changes, TypeScript where a step
 * must compute (a backfill). Adding one is a new file and one line here; a test holds this list to the folder.
 */
export const MIGRATIONS: readonly Migration[] = [
  sqlMigration('0001-institution-users-audit.sql'),
  sqlMigration('0002-beds-residents.sql'),
  sqlMigration('0003-sign-in-security.sql'),
  sqlMigration('0004-indexes-for-scale.sql'),
  sqlMigration('0005-incidents.sql'),
  sqlMigration('0006-attachments.sql'),
  sqlMigration('0007-vital-signs.sql'),
  sqlMigration('0008-health-records.sql'),
  sqlMigration('0009-care-level-to-external-assessment.sql'),
  sqlMigration('0010-clinic.sql'),
  sqlMigration('0011-encounters.sql'),
  sqlMigration('0012-medication.sql'),
  sqlMigration('0013-stock.sql'),
  sqlMigration('0014-infection.sql'),
  sqlMigration('0015-centre-agreements.sql'),
  sqlMigration('0016-designation.sql'),
  sqlMigration('0017-medication-orders-span.sql'),
  sqlMigration('0018-dose-tally-open-incidents.sql'),
  sqlMigration('0019-due-list-orders-index.sql'),
];

export { codeMigration };
