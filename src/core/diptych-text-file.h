/* diptych-text-file.h: texts loaded from and kept with GFiles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "diptych-text.h"

G_BEGIN_DECLS

DiptychText *diptych_text_new_from_file             (GFile         *file,
                                                     GCancellable  *cancellable,
                                                     GError       **error);
GFile       *diptych_file_new_for_arg               (const char    *arg);
DiptychText *diptych_text_new_for_commandline_arg   (const char    *arg,
                                                     GError       **error);
GFile       *diptych_text_get_file                  (DiptychText   *self);

G_END_DECLS
