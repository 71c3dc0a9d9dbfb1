#include "EcsClient.h"
