import AdmZip from 'adm-zip';
import { PACKAGE_FILE_NAMES, type PackageFiles, type Problem } from './types';

/** Zips the package files at the root of the archive, in a fixed order. */
export function zipPackage(files: PackageFiles): Buffer {
  const zip = new AdmZip();
  const names = [
    ...PACKAGE_FILE_NAMES.filter((name) => files[name]),
    ...Object.keys(files).filter((name) => !(PACKAGE_FILE_NAMES as readonly string[]).includes(name)),
  ];
  for (const name of names) zip.addFile(name, files[name] as Buffer);
  return zip.toBuffer();
}

/** Reads a package zip back: its files by name, and problems with its layout (folders, duplicates). */
export function readPackageZip(bytes: Buffer): { files: PackageFiles; problems: Problem[] } {
  const problems: Problem[] = [];
  const files: PackageFiles = {};
  let zip: AdmZip;
  try {
    zip = new AdmZip(bytes);
  } catch {
    return { files, problems: [{ code: 'zip-content', message: 'Het pakket is geen geldig zip-bestand.' }] };
  }
  for (const entry of zip.getEntries()) {
    const name = entry.entryName;
    if (entry.isDirectory || name.includes('/') || name.includes('\\')) {
      problems.push({
        code: 'zip-content',
        message: `De zip bevat "${name}": alle bestanden moeten in de hoofdmap van de zip staan, zonder mappen.`,
      });
      continue;
    }
    if (files[name]) {
      problems.push({ code: 'zip-content', message: `De zip bevat ${name} twee keer.` });
      continue;
    }
    files[name] = entry.getData();
  }
  return { files, problems };
}
