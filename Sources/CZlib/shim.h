#ifndef KABAR_CZLIB_SHIM_H
#define KABAR_CZLIB_SHIM_H
#include <zlib.h>
#endif
