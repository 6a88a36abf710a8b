/* diptych-text.h: an article's text, loaded exactly as stored
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DIPTYCH_TEXT_ERROR (diptych_text_error_quark ())

typedef enum
{
  DIPTYCH_TEXT_ERROR_NOT_FOUND,
  DIPTYCH_TEXT_ERROR_IS_DIRECTORY,
  DIPTYCH_TEXT_ERROR_NOT_REGULAR,
  DIPTYCH_TEXT_ERROR_UNREADABLE,
  DIPTYCH_TEXT_ERROR_TOO_LARGE,
  DIPTYCH_TEXT_ERROR_BINARY,
  DIPTYCH_TEXT_ERROR_INVALID_UTF8,
} DiptychTextError;

/* Files larger than this are refused rather than freezing the app. */
#define DIPTYCH_TEXT_MAX_SIZE (64 * 1024 * 1024)

#define DIPTYCH_TYPE_TEXT (diptych_text_get_type ())

G_DECLARE_FINAL_TYPE (DiptychText, diptych_text, DIPTYCH, TEXT, GObject)

GQuark       diptych_text_error_quark        (void);

DiptychText *diptych_text_new_from_path      (const char    *path,
                                              GError       **error);
DiptychText *diptych_text_new_from_fd         (int            fd,
                                              const char    *name,
                                              GError       **error);
DiptychText *diptych_text_new_from_bytes     (GBytes        *bytes,
                                              const char    *name,
                                              GError       **error);
DiptychText *diptych_text_new_from_string    (const char    *utf8,
                                              const char    *name);

const char  *diptych_text_get_path           (DiptychText   *self);
const char  *diptych_text_get_name           (DiptychText   *self);
const char  *diptych_text_get_contents       (DiptychText   *self,
                                              gsize         *n_bytes);
gsize        diptych_text_get_n_chars        (DiptychText   *self);
gsize        diptych_text_char_to_byte       (DiptychText   *self,
                                              gsize          char_offset);
gsize        diptych_text_byte_to_char       (DiptychText   *self,
                                              gsize          byte_offset);
char        *diptych_text_dup_range          (DiptychText   *self,
                                              gsize          char_start,
                                              gsize          char_end);
const char  *diptych_text_get_sha256         (DiptychText   *self);

gboolean     diptych_arg_is_uri              (const char    *arg);

gsize        diptych_utf8_count_chars        (const char    *text,
                                              gsize          n_bytes);
const char  *diptych_utf8_skip_chars         (const char    *text,
                                              const char    *end,
                                              gsize          n_chars);
char        *diptych_utf8_one_line           (const char    *text);

G_END_DECLS
