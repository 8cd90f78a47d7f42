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
  sqlMigration('0015-reserved-clinicbench.sql'),
  sqlMigration('0016-reserved-clinicbench.sql'),
  sqlMigration('0017-reserved-clinicbench.sql'),
  sqlMigration('0018-reserved-clinicbench.sql'),
  sqlMigration('0019-reserved-clinicbench.sql'),
  sqlMigration('0020-reserved-clinicbench.sql'),
  sqlMigration('0021-reserved-clinicbench.sql'),
  sqlMigration('0022-reserved-clinicbench.sql'),
  sqlMigration('0023-reserved-clinicbench.sql'),
  sqlMigration('0024-reserved-clinicbench.sql'),
  sqlMigration('0025-reserved-clinicbench.sql'),
  sqlMigration('0026-reserved-clinicbench.sql'),
  sqlMigration('0027-reserved-clinicbench.sql'),
  sqlMigration('0028-reserved-clinicbench.sql'),
  sqlMigration('0029-reserved-clinicbench.sql'),
  sqlMigration('0030-reserved-clinicbench.sql'),
  sqlMigration('0031-reserved-clinicbench.sql'),
  sqlMigration('0032-reserved-clinicbench.sql'),
  sqlMigration('0033-reserved-clinicbench.sql'),
  sqlMigration('0034-reserved-clinicbench.sql'),
  sqlMigration('0035-reserved-clinicbench.sql'),
  sqlMigration('0036-reserved-clinicbench.sql'),
  sqlMigration('0037-reserved-clinicbench.sql'),
  sqlMigration('0038-reserved-clinicbench.sql'),
  sqlMigration('0039-reserved-clinicbench.sql'),
  sqlMigration('0040-reserved-clinicbench.sql'),
  sqlMigration('0041-reserved-clinicbench.sql'),
  sqlMigration('0042-reserved-clinicbench.sql'),
  sqlMigration('0043-reserved-clinicbench.sql'),
  sqlMigration('0044-reserved-clinicbench.sql'),
];

export { codeMigration };
