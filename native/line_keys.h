// lineKeys (native/line_keys.c), registered by the module in keyword_scan.c.
#ifndef DEPLOYGUARD_LINE_KEYS_H
#define DEPLOYGUARD_LINE_KEYS_H
#include <node_api.h>

napi_value line_keys(napi_env env, napi_callback_info info);

#endif
