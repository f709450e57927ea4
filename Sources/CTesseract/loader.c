/* Trampolines to libtesseract, written from the prototypes of <tesseract/capi.h> (see include/ctesseract.h). */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include "ctesseract.h"

static void (*p_TessBaseAPIClear)(TessBaseAPI *handle);
static TessBaseAPI * (*p_TessBaseAPICreate)(void);
static void (*p_TessBaseAPIDelete)(TessBaseAPI *handle);
static BOOL (*p_TessBaseAPIDetectOrientationScript)(TessBaseAPI *handle, int *orient_deg, float *orient_conf, const char **script_name, float *script_conf);
static void (*p_TessBaseAPIEnd)(TessBaseAPI *handle);
static TessResultIterator * (*p_TessBaseAPIGetIterator)(TessBaseAPI *handle);
static int (*p_TessBaseAPIInit3)(TessBaseAPI *handle, const char *datapath, const char *language);
static int (*p_TessBaseAPIRecognize)(TessBaseAPI *handle, ETEXT_DESC *monitor);
static void (*p_TessBaseAPISetImage)(TessBaseAPI *handle, const unsigned char *imagedata, int width, int height, int bytes_per_pixel, int bytes_per_line);
static void (*p_TessBaseAPISetPageSegMode)(TessBaseAPI *handle, TessPageSegMode mode);
static void (*p_TessBaseAPISetRectangle)(TessBaseAPI *handle, int left, int top, int width, int height);
static void (*p_TessBaseAPISetSourceResolution)(TessBaseAPI *handle, int ppi);
static BOOL (*p_TessBaseAPISetVariable)(TessBaseAPI *handle, const char *name, const char *value);
static void (*p_TessDeleteText)(const char *text);
static ETEXT_DESC * (*p_TessMonitorCreate)(void);
static void (*p_TessMonitorDelete)(ETEXT_DESC *monitor);
static void (*p_TessMonitorSetDeadlineMSecs)(ETEXT_DESC *monitor, int deadline);
static BOOL (*p_TessPageIteratorBoundingBox)(const TessPageIterator *handle, TessPageIteratorLevel level, int *left, int *top, int *right, int *bottom);
static BOOL (*p_TessPageIteratorIsAtBeginningOf)(const TessPageIterator *handle, TessPageIteratorLevel level);
static float (*p_TessResultIteratorConfidence)(const TessResultIterator *handle, TessPageIteratorLevel level);
static void (*p_TessResultIteratorDelete)(TessResultIterator *handle);
static const TessPageIterator * (*p_TessResultIteratorGetPageIteratorConst)(const TessResultIterator *handle);
static char * (*p_TessResultIteratorGetUTF8Text)(const TessResultIterator *handle, TessPageIteratorLevel level);
static BOOL (*p_TessResultIteratorNext)(TessResultIterator *handle, TessPageIteratorLevel level);
static void (*p_omp_set_max_active_levels)(int);
/* Leptonica, with opaque images. */
struct Pix;
static struct Pix * (*p_pixReadMem)(const unsigned char *data, size_t size);
static struct Pix * (*p_pixReadMemTiff)(const unsigned char *data, size_t size, int n);
static int (*p_tiffGetCount)(FILE *fp, int *n);
static int (*p_findFileFormatBuffer)(const unsigned char *buf, int *format);
static struct Pix * (*p_pixConvertTo8)(struct Pix *pix, int cmapflag);
static int (*p_pixGetWidth)(const struct Pix *pix);
static int (*p_pixGetHeight)(const struct Pix *pix);
static int (*p_pixGetWpl)(const struct Pix *pix);
static int (*p_pixGetXRes)(const struct Pix *pix);
static unsigned int * (*p_pixGetData)(struct Pix *pix);
static void (*p_pixDestroy)(struct Pix **pix);
static pthread_once_t once = PTHREAD_ONCE_INIT;
static char problem[512];
static int loaded;

static void load(void) {
    void *lib = dlopen("libtesseract.so.5", RTLD_NOW | RTLD_GLOBAL);
    if (!lib) lib = dlopen("libtesseract.so", RTLD_NOW | RTLD_GLOBAL);
    if (!lib) {
        snprintf(problem, sizeof problem, "libtesseract cannot be loaded (install the Debian package libtesseract5): %s", dlerror());
        return;
    }
#define RESOLVE(name) \
    if (!(*(void **)&p_##name = dlsym(lib, #name))) { \
        snprintf(problem, sizeof problem, "libtesseract has no %s", #name); \
        return; \
    }
    RESOLVE(TessBaseAPIClear)
    RESOLVE(TessBaseAPICreate)
    RESOLVE(TessBaseAPIDelete)
    RESOLVE(TessBaseAPIDetectOrientationScript)
    RESOLVE(TessBaseAPIEnd)
    RESOLVE(TessBaseAPIGetIterator)
    RESOLVE(TessBaseAPIInit3)
    RESOLVE(TessBaseAPIRecognize)
    RESOLVE(TessBaseAPISetImage)
    RESOLVE(TessBaseAPISetPageSegMode)
    RESOLVE(TessBaseAPISetRectangle)
    RESOLVE(TessBaseAPISetSourceResolution)
    RESOLVE(TessBaseAPISetVariable)
    RESOLVE(TessDeleteText)
    RESOLVE(TessMonitorCreate)
    RESOLVE(TessMonitorDelete)
    RESOLVE(TessMonitorSetDeadlineMSecs)
    RESOLVE(TessPageIteratorBoundingBox)
    RESOLVE(TessPageIteratorIsAtBeginningOf)
    RESOLVE(TessResultIteratorConfidence)
    RESOLVE(TessResultIteratorDelete)
    RESOLVE(TessResultIteratorGetPageIteratorConst)
    RESOLVE(TessResultIteratorGetUTF8Text)
    RESOLVE(TessResultIteratorNext)
    RESOLVE(pixReadMem)
    RESOLVE(pixReadMemTiff)
    RESOLVE(tiffGetCount)
    RESOLVE(findFileFormatBuffer)
    RESOLVE(pixConvertTo8)
    RESOLVE(pixGetWidth)
    RESOLVE(pixGetHeight)
    RESOLVE(pixGetWpl)
    RESOLVE(pixGetXRes)
    RESOLVE(pixGetData)
    RESOLVE(pixDestroy)
    *(void **)&p_omp_set_max_active_levels = dlsym(RTLD_DEFAULT, "omp_set_max_active_levels");
    loaded = 1;
}

const char *nb_tesseract_load(void) {
    pthread_once(&once, load);
    return loaded ? NULL : problem;
}

void nb_omp_set_max_active_levels(int levels) {
    if (p_omp_set_max_active_levels) p_omp_set_max_active_levels(levels);
}

void nb_TessBaseAPIClear(TessBaseAPI *handle) { p_TessBaseAPIClear(handle); }
TessBaseAPI * nb_TessBaseAPICreate(void) { return p_TessBaseAPICreate(); }
void nb_TessBaseAPIDelete(TessBaseAPI *handle) { p_TessBaseAPIDelete(handle); }
BOOL nb_TessBaseAPIDetectOrientationScript(TessBaseAPI *handle, int *orient_deg, float *orient_conf, const char **script_name, float *script_conf) { return p_TessBaseAPIDetectOrientationScript(handle, orient_deg, orient_conf, script_name, script_conf); }
void nb_TessBaseAPIEnd(TessBaseAPI *handle) { p_TessBaseAPIEnd(handle); }
TessResultIterator * nb_TessBaseAPIGetIterator(TessBaseAPI *handle) { return p_TessBaseAPIGetIterator(handle); }
int nb_TessBaseAPIInit3(TessBaseAPI *handle, const char *datapath, const char *language) { return p_TessBaseAPIInit3(handle, datapath, language); }
int nb_TessBaseAPIRecognize(TessBaseAPI *handle, ETEXT_DESC *monitor) { return p_TessBaseAPIRecognize(handle, monitor); }
void nb_TessBaseAPISetImage(TessBaseAPI *handle, const unsigned char *imagedata, int width, int height, int bytes_per_pixel, int bytes_per_line) { p_TessBaseAPISetImage(handle, imagedata, width, height, bytes_per_pixel, bytes_per_line); }
void nb_TessBaseAPISetPageSegMode(TessBaseAPI *handle, TessPageSegMode mode) { p_TessBaseAPISetPageSegMode(handle, mode); }
void nb_TessBaseAPISetRectangle(TessBaseAPI *handle, int left, int top, int width, int height) { p_TessBaseAPISetRectangle(handle, left, top, width, height); }
void nb_TessBaseAPISetSourceResolution(TessBaseAPI *handle, int ppi) { p_TessBaseAPISetSourceResolution(handle, ppi); }
BOOL nb_TessBaseAPISetVariable(TessBaseAPI *handle, const char *name, const char *value) { return p_TessBaseAPISetVariable(handle, name, value); }
void nb_TessDeleteText(const char *text) { p_TessDeleteText(text); }
ETEXT_DESC * nb_TessMonitorCreate(void) { return p_TessMonitorCreate(); }
void nb_TessMonitorDelete(ETEXT_DESC *monitor) { p_TessMonitorDelete(monitor); }
void nb_TessMonitorSetDeadlineMSecs(ETEXT_DESC *monitor, int deadline) { p_TessMonitorSetDeadlineMSecs(monitor, deadline); }
BOOL nb_TessPageIteratorBoundingBox(const TessPageIterator *handle, TessPageIteratorLevel level, int *left, int *top, int *right, int *bottom) { return p_TessPageIteratorBoundingBox(handle, level, left, top, right, bottom); }
BOOL nb_TessPageIteratorIsAtBeginningOf(const TessPageIterator *handle, TessPageIteratorLevel level) { return p_TessPageIteratorIsAtBeginningOf(handle, level); }
float nb_TessResultIteratorConfidence(const TessResultIterator *handle, TessPageIteratorLevel level) { return p_TessResultIteratorConfidence(handle, level); }
void nb_TessResultIteratorDelete(TessResultIterator *handle) { p_TessResultIteratorDelete(handle); }
const TessPageIterator * nb_TessResultIteratorGetPageIteratorConst(const TessResultIterator *handle) { return p_TessResultIteratorGetPageIteratorConst(handle); }
char * nb_TessResultIteratorGetUTF8Text(const TessResultIterator *handle, TessPageIteratorLevel level) { return p_TessResultIteratorGetUTF8Text(handle, level); }
BOOL nb_TessResultIteratorNext(TessResultIterator *handle, TessPageIteratorLevel level) { return p_TessResultIteratorNext(handle, level); }

/* Leptonica's file formats (imageio.h): TIFF and its compressions are 4 to 10 and 17; BMP, JPEG,
   PNG, PNM, GIF, JPEG 2000 and WebP are 1, 2, 3, 11, 13, 14, 15 (PostScript and PDF are not images). */
static int is_tiff(int format) { return (format >= 4 && format <= 10) || format == 17; }
static int is_image(int format) { return (format >= 1 && format <= 11) || (format >= 13 && format <= 15) || format == 17; }

int nb_image_count(const unsigned char *data, size_t size) {
    int format = 0, n = 0;
    if (size < 12 || p_findFileFormatBuffer(data, &format) != 0 || !is_image(format)) return 0;
    if (!is_tiff(format)) return 1;
    FILE *fp = fmemopen((void *)data, size, "rb");
    if (!fp) return 0;
    if (p_tiffGetCount(fp, &n) != 0) n = 0;
    fclose(fp);
    return n;
}

int nb_image_gray(const unsigned char *data, size_t size, int index, unsigned char **pixels, int *width, int *height, int *ppi) {
    int format = 0;
    if (size < 12 || p_findFileFormatBuffer(data, &format) != 0 || !is_image(format)) return -1;
    struct Pix *pix = is_tiff(format) ? p_pixReadMemTiff(data, size, index) : (index == 0 ? p_pixReadMem(data, size) : NULL);
    if (!pix) return -1;
    struct Pix *gray = p_pixConvertTo8(pix, 0);
    *ppi = p_pixGetXRes(pix);
    p_pixDestroy(&pix);
    if (!gray) return -1;
    int w = p_pixGetWidth(gray), h = p_pixGetHeight(gray), wpl = p_pixGetWpl(gray);
    unsigned int *words = p_pixGetData(gray);
    unsigned char *out = (w > 0 && h > 0) ? malloc((size_t)w * (size_t)h) : NULL;
    if (!out || !words) { free(out); p_pixDestroy(&gray); return -1; }
    /* 8-bit pixels packed four to a 32-bit word, the first in the word's most significant byte. */
    for (int y = 0; y < h; y++) {
        const unsigned int *line = words + (size_t)y * wpl;
        for (int x = 0; x < w; x++) out[(size_t)y * w + x] = (line[x >> 2] >> (8 * (3 - (x & 3)))) & 0xff;
    }
    p_pixDestroy(&gray);
    *pixels = out;
    *width = w;
    *height = h;
    return 0;
}
