/* diptych-text-private.h: for the text's GIO layer (diptych-text-file.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "diptych-text.h"

G_BEGIN_DECLS

DiptychText *diptych_text_load_local  (const char        *path,
                                       const char        *name,
                                       GError           **error);
gboolean     diptych_text_check_file  (gboolean           is_directory,
                                       gboolean           is_regular,
                                       goffset            size,
                                       const char        *name,
                                       GError           **error);
gboolean     diptych_text_set_error   (GError           **error,
                                       DiptychTextError   code,
                                       const char        *name,
                                       const char        *reason);

G_END_DECLS
