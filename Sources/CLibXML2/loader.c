/* Trampolines to libxml2, written from the prototypes of <libxml/HTMLparser.h> and <libxml/tree.h>
   (see include/clibxml2.h). */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include "clibxml2.h"

static htmlDocPtr (*p_htmlReadMemory)(const char *buffer, int size, const char *url, const char *encoding, int options);
static void (*p_xmlFreeDoc)(xmlDocPtr doc);
static xmlNodePtr (*p_xmlDocGetRootElement)(const xmlDoc *doc);
static void (*p_xmlInitParser)(void);
static pthread_once_t once = PTHREAD_ONCE_INIT;
static char problem[512];
static int loaded;

static void load(void) {
    void *lib = dlopen("libxml2.so.2", RTLD_NOW | RTLD_LOCAL);
    if (!lib) lib = dlopen("libxml2.so", RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        snprintf(problem, sizeof problem, "libxml2 cannot be loaded (install the Debian package libxml2): %s", dlerror());
        return;
    }
#define RESOLVE(name) \
    if (!(*(void **)&p_##name = dlsym(lib, #name))) { \
        snprintf(problem, sizeof problem, "libxml2 has no %s", #name); \
        return; \
    }
    RESOLVE(htmlReadMemory)
    RESOLVE(xmlFreeDoc)
    RESOLVE(xmlDocGetRootElement)
    RESOLVE(xmlInitParser)
    p_xmlInitParser();
    loaded = 1;
}

const char *nb_libxml2_load(void) {
    pthread_once(&once, load);
    return loaded ? NULL : problem;
}

htmlDocPtr nb_htmlReadMemory(const char *buffer, int size, const char *url, const char *encoding, int options) {
    return p_htmlReadMemory(buffer, size, url, encoding, options);
}

void nb_xmlFreeDoc(xmlDocPtr doc) { p_xmlFreeDoc(doc); }

xmlNodePtr nb_xmlDocGetRootElement(const xmlDoc *doc) { return p_xmlDocGetRootElement(doc); }
