/**
 * `npm run build:kernel`: rebuilds src/pallets-mock/primitives/u64f64-kernel-binary.ts from
 * kernel/u64f64.ts (see chain/u64f64-kernel-build.ts). Run it after changing the kernel's source.
 */
import { writeFileSync } from 'node:fs';
import { KERNEL_MODULE, renderKernelModule } from './u64f64-kernel-build.js';

writeFileSync(KERNEL_MODULE, await renderKernelModule());
console.log(`kernel written to ${KERNEL_MODULE}`);
