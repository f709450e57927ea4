/* Trampolines to libtesseract, written from the prototypes of <tesseract/capi.h> (see include/ctesseract.h). */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
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
