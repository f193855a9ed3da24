#ifndef KABAR_CSQLITE_SHIM_H
#define KABAR_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
