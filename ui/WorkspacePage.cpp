#include "WorkspacePage.h"
