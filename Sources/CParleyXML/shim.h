#ifndef PARLEY_XML_SHIM_H
#define PARLEY_XML_SHIM_H
/* Debian's libxml2 is built with ICU, so its encoding.h includes <unicode/ucnv.h>, whose enums clash with
   the ICU copy inside Foundation (_FoundationICU). Parley never touches libxml2's encoding handlers, so the
   shim hides ICU from the headers it imports. */
#include <libxml/xmlversion.h>
#ifdef LIBXML_ICU_ENABLED
#undef LIBXML_ICU_ENABLED
#endif
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#endif
