/**
 * Where things are: the tool's own resources (schemas/, templates/) beside the installed package,
 * and the user's project (content/) found from the working directory upwards.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Paths the pipeline reads from and writes to. */
export interface ProjectPaths {
  /** Folder holding content/ (the user's project). */
  readonly root: string;
  readonly content: string;
  readonly output: string;
  /** The tool's schemas/ and templates/. */
  readonly schemas: string;
  readonly templates: string;
  readonly fonts: string;
}

/** The package root: the folder with naskah's package.json (works from src/ and from dist/src/). */
export function toolRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'schemas'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('naskah: folder paket tidak ditemukan');
    dir = parent;
  }
  return dir;
}

/** Finds the project (a folder with content/) from `cwd` upwards; null when there is none. */
export function findProject(cwd: string): ProjectPaths | null {
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, 'content')) && statSync(join(dir, 'content')).isDirectory()) break;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
  const tool = toolRoot();
  return { root: dir, content: join(dir, 'content'), output: join(dir, 'output'), schemas: join(tool, 'schemas'), templates: join(tool, 'templates'), fonts: join(tool, 'templates', 'fonts') };
}

/** Ids of the documents in content/: folders holding a naskah.yaml or a pedoman.yaml, sorted. */
export function listDocuments(paths: ProjectPaths): string[] {
  return readdirSync(paths.content, { withFileTypes: true })
    .filter((e) => e.isDirectory() && (existsSync(join(paths.content, e.name, 'naskah.yaml')) || existsSync(join(paths.content, e.name, 'pedoman.yaml'))))
    .map((e) => e.name)
    .sort();
}
