// A test's instant written as text ("2017-10-04T12:00Z"): its start in Unix seconds.
#pragma once

#include "core/time/time_value.h"

inline chronomap::UnixSeconds at(const char* text) { return chronomap::parse_time_stamp(text).value->start; }
