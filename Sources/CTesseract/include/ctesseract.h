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

/* Images (JPEG, PNG, TIFF, BMP, WebP) read by leptonica, the image library tesseract loads with
   it (its functions are looked up through libtesseract's handle, so loading needs
   nb_tesseract_load first). */

/* The number of images in the file: pages of a TIFF, 1 for other formats, 0 when it is not an
   image leptonica reads. */
int nb_image_count(const unsigned char *data, size_t size);

/* Image `index` of the file as 8-bit gray, row by row (`*width` bytes a row), in a buffer the
   caller frees with free(); its resolution in pixels per inch in *ppi (0 when the file does not
   say). Returns 0, or -1 when the image cannot be read. */
int nb_image_gray(const unsigned char *data, size_t size, int index, unsigned char **pixels, int *width, int *height, int *ppi);

#endif
