#ifndef NIANBAO_CPOPPLER_SHIM_H
#define NIANBAO_CPOPPLER_SHIM_H

// The poppler-glib and cairo APIs nianbao uses. Only the PDFExtraction module imports this.
#include <poppler.h>
#include <cairo.h>
#include <glib.h>
#include <gio/gio.h>

// GObject's cast and free macros are not imported by Swift: small inline wrappers.
static inline void nb_object_unref(void *object) { if (object) g_object_unref(object); }
static inline void nb_error_free(GError *error) { if (error) g_error_free(error); }

#endif
