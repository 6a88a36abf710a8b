/* diptych-diff-save.h: a diff written to a file, as text, JSON or a web page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "diptych-diff.h"

G_BEGIN_DECLS

typedef enum
{
  DIPTYCH_DIFF_FORMAT_WORD_DIFF,  /* `diptych-cli diff` without colour */
  DIPTYCH_DIFF_FORMAT_JSON,       /* `diptych-cli diff --json` */
  DIPTYCH_DIFF_FORMAT_HTML,       /* `diptych-cli diff --html` */
  DIPTYCH_N_DIFF_FORMATS
} DiptychDiffFormat;

const char *diptych_diff_format_to_string   (DiptychDiffFormat  format);
gboolean    diptych_diff_format_from_string (const char        *name,
                                             DiptychDiffFormat *format);
const char *diptych_diff_format_get_extension (DiptychDiffFormat format);

char       *diptych_diff_to_format          (DiptychDiff       *diff,
                                             DiptychDiffFormat  format,
                                             const char        *left_name,
                                             const char        *right_name,
                                             guint              classes);
gboolean    diptych_diff_save               (DiptychDiff       *diff,
                                             GFile             *file,
                                             DiptychDiffFormat  format,
                                             const char        *left_name,
                                             const char        *right_name,
                                             guint              classes,
                                             GCancellable      *cancellable,
                                             GError           **error);
void        diptych_diff_save_async         (DiptychDiff        *diff,
                                             GFile              *file,
                                             DiptychDiffFormat   format,
                                             const char         *left_name,
                                             const char         *right_name,
                                             guint               classes,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
gboolean    diptych_diff_save_finish        (DiptychDiff       *diff,
                                             GAsyncResult      *result,
                                             GError           **error);

G_END_DECLS
