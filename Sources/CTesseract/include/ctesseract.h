/* Tesseract's C API, loaded on first use (dlopen) rather than linked: linking libtesseract and
   its dependencies adds some 28 ms to the start of every `nianbao` run, OCR or not. The nb_
   functions call the library's functions of the same name. Only PDFExtraction imports this. */
#ifndef NIANBAO_CTESSERACT_H
#define NIANBAO_CTESSERACT_H

#include <tesseract/capi.h>

/* Loads libtesseract once (thread-safe). NULL when loaded; otherwise why it could not be. */
const char *nb_tesseract_load(void);

/* Tesseract parallelises with OpenMP (`parallel for num_threads(n)`); nianbao parallelises over
   pages instead. OMP_THREAD_LIMIT is read once, when libgomp loads, and an explicit num_threads
   overrides omp_set_num_threads; a maximum of 0 active parallel levels makes every region run on
   the thread that enters it, which is what OMP_THREAD_LIMIT=1 achieves. Per thread. */
void nb_omp_set_max_active_levels(int levels);

void nb_TessBaseAPIClear(TessBaseAPI *handle);
TessBaseAPI *nb_TessBaseAPICreate(void);
void nb_TessBaseAPIDelete(TessBaseAPI *handle);
BOOL nb_TessBaseAPIDetectOrientationScript(TessBaseAPI *handle, int *orient_deg, float *orient_conf, const char **script_name, float *script_conf);
void nb_TessBaseAPIEnd(TessBaseAPI *handle);
TessResultIterator *nb_TessBaseAPIGetIterator(TessBaseAPI *handle);
int nb_TessBaseAPIInit3(TessBaseAPI *handle, const char *datapath, const char *language);
int nb_TessBaseAPIRecognize(TessBaseAPI *handle, ETEXT_DESC *monitor);
void nb_TessBaseAPISetImage(TessBaseAPI *handle, const unsigned char *imagedata, int width, int height, int bytes_per_pixel, int bytes_per_line);
void nb_TessBaseAPISetPageSegMode(TessBaseAPI *handle, TessPageSegMode mode);
void nb_TessBaseAPISetRectangle(TessBaseAPI *handle, int left, int top, int width, int height);
void nb_TessBaseAPISetSourceResolution(TessBaseAPI *handle, int ppi);
BOOL nb_TessBaseAPISetVariable(TessBaseAPI *handle, const char *name, const char *value);
void nb_TessDeleteText(const char *text);
ETEXT_DESC *nb_TessMonitorCreate(void);
void nb_TessMonitorDelete(ETEXT_DESC *monitor);
void nb_TessMonitorSetDeadlineMSecs(ETEXT_DESC *monitor, int deadline);
BOOL nb_TessPageIteratorBoundingBox(const TessPageIterator *handle, TessPageIteratorLevel level, int *left, int *top, int *right, int *bottom);
BOOL nb_TessPageIteratorIsAtBeginningOf(const TessPageIterator *handle, TessPageIteratorLevel level);
float nb_TessResultIteratorConfidence(const TessResultIterator *handle, TessPageIteratorLevel level);
void nb_TessResultIteratorDelete(TessResultIterator *handle);
const TessPageIterator *nb_TessResultIteratorGetPageIteratorConst(const TessResultIterator *handle);
char *nb_TessResultIteratorGetUTF8Text(const TessResultIterator *handle, TessPageIteratorLevel level);
BOOL nb_TessResultIteratorNext(TessResultIterator *handle, TessPageIteratorLevel level);

#endif
