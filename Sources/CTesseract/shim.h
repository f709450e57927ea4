#ifndef NIANBAO_CTESSERACT_SHIM_H
#define NIANBAO_CTESSERACT_SHIM_H

// Tesseract's C API. Only the PDFExtraction module imports this.
#include <tesseract/capi.h>

// Tesseract parallelises with OpenMP (`parallel for num_threads(n)`); nianbao parallelises over
// pages instead. OMP_THREAD_LIMIT is read once, when libgomp loads, and an explicit num_threads
// overrides omp_set_num_threads; a maximum of 0 active parallel levels makes every region run on
// the thread that enters it, which is what OMP_THREAD_LIMIT=1 achieves.
extern void omp_set_max_active_levels(int);

#endif
