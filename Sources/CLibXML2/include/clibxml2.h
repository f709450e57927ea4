/* libxml2's HTML parser, loaded on first use (dlopen) rather than linked: linking libxml2 and its
   dependencies (ICU, liblzma) adds about 1.2 ms to the start of every `nianbao` run, HTML or not.
   The nb_ functions call the library's functions of the same name. Only HTMLExtraction imports
   this. The types come from libxml2's own headers (libxml2-dev). */
#ifndef NIANBAO_CLIBXML2_H
#define NIANBAO_CLIBXML2_H

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/* Loads libxml2 once (thread-safe) and initialises its parser. NULL when loaded; otherwise why
   it could not be. */
const char *nb_libxml2_load(void);

/* htmlReadMemory: parses an HTML document from memory; NULL when nothing could be parsed. */
htmlDocPtr nb_htmlReadMemory(const char *buffer, int size, const char *url, const char *encoding, int options);
/* xmlFreeDoc: frees a document and every node in it. */
void nb_xmlFreeDoc(xmlDocPtr doc);
/* xmlDocGetRootElement: the document's root element, or NULL. */
xmlNodePtr nb_xmlDocGetRootElement(const xmlDoc *doc);

#endif
