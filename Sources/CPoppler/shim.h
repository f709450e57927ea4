#ifndef NIANBAO_CPOPPLER_SHIM_H
#define NIANBAO_CPOPPLER_SHIM_H

// The poppler-glib and cairo APIs nianbao uses. Only the PDFExtraction module imports this.
#include <poppler.h>
#include <cairo.h>
#include <glib.h>
#include <gio/gio.h>
#include <zlib.h>

// GObject's cast and free macros are not imported by Swift: small inline wrappers.
static inline void nb_object_unref(void *object) { if (object) g_object_unref(object); }
static inline void nb_error_free(GError *error) { if (error) g_error_free(error); }

// zlib's inflateInit is a macro: a wrapper (zlib is poppler's own dependency; nianbao uses it to
// measure what a PDF's streams inflate to before poppler reads them).
static inline int nb_inflate_init(z_stream *stream) { return inflateInit(stream); }

#endif
