#include <stddef.h>
#include <stdint.h>
/* libFuzzer's driver (in its runtime, linked by -sanitize=fuzzer). The fuzz targets call it from
   their own main: SwiftPM gives every executable a main, so libFuzzer's is not used. */
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
