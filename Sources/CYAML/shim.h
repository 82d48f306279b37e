#ifndef PMO_CYAML_SHIM_H
#define PMO_CYAML_SHIM_H
#include <yaml.h>
#endif
