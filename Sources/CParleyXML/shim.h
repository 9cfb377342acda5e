#ifndef PARLEY_XML_SHIM_H
#define PARLEY_XML_SHIM_H
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#endif
