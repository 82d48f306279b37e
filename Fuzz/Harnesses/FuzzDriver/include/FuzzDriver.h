#ifndef PMO_FUZZ_DRIVER_H
#define PMO_FUZZ_DRIVER_H

/// Runs libFuzzer on LLVMFuzzerTestOneInput with the process's arguments.
///
/// SwiftPM links an executable target with `--defsym main=<module>_main`, so libFuzzer's own
/// `main` is never used; each harness defines `<module>_main` and calls this instead.
int pmo_fuzz_run(int argc, char **argv);

#endif
