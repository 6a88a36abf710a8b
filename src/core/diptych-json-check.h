/* diptych-json-check.h: a strict, non-recursive check of JSON bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DIPTYCH_JSON_CHECK_MAX_DEPTH 64

#define DIPTYCH_JSON_CHECK_ERROR (diptych_json_check_error_quark ())

typedef enum
{
  DIPTYCH_JSON_CHECK_ERROR_INVALID,
} DiptychJsonCheckError;

GQuark   diptych_json_check_error_quark (void);
gboolean diptych_json_check             (const char  *data,
                                         gsize        length,
                                         guint        max_depth,
                                         GError     **error);

G_END_DECLS
