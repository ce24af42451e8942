import type { Command } from 'commander';
import type { Output } from '../output.js';
import { registerConvert } from './convert.js';
import { registerDeps } from './deps.js';
import { registerInit } from './init.js';
import { registerInspect } from './inspect.js';
import { registerLogin } from './login.js';
import { registerLogout } from './logout.js';
import { registerPackage } from './package.js';
import { registerPull } from './pull.js';
import { registerPush } from './push.js';
import { registerRender } from './render.js';
import { registerTags } from './tags.js';
import { registerUnpack } from './unpack.js';
import { registerValidate } from './validate.js';

export type Register = (program: Command, out: Output, setExit: (code: number) => void) => void;

/**
 * Every subcommand, in the order `--help` lists them. Each file only declares options and
 * lazy-imports its action, so registering all of them costs next to nothing at start-up.
 */
export const commands: Register[] = [
  registerValidate,
  registerInspect,
  registerRender,
  registerConvert,
  registerInit,
  registerPackage,
  registerUnpack,
  registerDeps,
  registerPush,
  registerPull,
  registerTags,
  registerLogin,
  registerLogout,
];
