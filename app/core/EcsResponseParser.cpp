#include "EcsResponseParser.h"
