/* diptych-text-file.c: texts loaded from and kept with GFiles
 *
 * The text itself needs GLib only, so that `diptych-cli diff` starts
 * without GIO. What the app and the annotation tools need of GIO (loading
 * from any location GIO knows, and the file a text came from) is here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-text"

#include "config.h"

#include "diptych-text-file.h"
#include "diptych-text-private.h"

static GQuark
file_quark (void)
{
  return g_quark_from_static_string ("diptych-text-file");
}

static gboolean
set_error_from_io_error (const char  *name,
                         GError      *io_error,
                         GError     **error)
{
  DiptychTextError code = DIPTYCH_TEXT_ERROR_UNREADABLE;

  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    code = DIPTYCH_TEXT_ERROR_NOT_FOUND;
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    code = DIPTYCH_TEXT_ERROR_IS_DIRECTORY;

  return diptych_text_set_error (error, code, name, io_error->message);
}

/**
 * diptych_text_new_from_file:
 *
 * Loads @file as UTF-8 text, refusing what diptych_text_new_from_path()
 * refuses. Local files are read, not mapped: the app keeps texts while
 * other programs may rewrite or truncate the files, which a mapping would
 * not survive.
 *
 * Returns: (transfer full): the text, or %NULL with @error set
 */
DiptychText *
diptych_text_new_from_file (GFile         *file,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) io_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  DiptychText *text;
  GFileType type;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);

  if (g_file_peek_path (file) != NULL)
    {
      text = diptych_text_load_local (g_file_peek_path (file), name, error);
    }
  else
    {
      /* Files elsewhere (GVfs locations). */
      info = g_file_query_info (file,
                                G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                G_FILE_QUERY_INFO_NONE,
                                cancellable, &io_error);
      if (info == NULL)
        return (set_error_from_io_error (name, io_error, error), NULL);

      type = g_file_info_get_file_type (info);
      if (!diptych_text_check_file (type == G_FILE_TYPE_DIRECTORY, type == G_FILE_TYPE_REGULAR,
                                    g_file_info_get_size (info), name, error))
        return NULL;

      bytes = g_file_load_bytes (file, cancellable, NULL, &io_error);
      if (bytes == NULL)
        return (set_error_from_io_error (name, io_error, error), NULL);

      text = diptych_text_new_from_bytes (bytes, name, error);
    }

  if (text != NULL)
    g_object_set_qdata_full (G_OBJECT (text), file_quark (), g_object_ref (file), g_object_unref);
  return text;
}

/**
 * diptych_file_new_for_arg:
 * @arg: a file name or a URI, as given on a command line
 *
 * Like g_file_new_for_commandline_arg(), except that only `scheme://…` is
 * a URI (see diptych_arg_is_uri()): `notes:v2.txt` is a file name.
 *
 * Returns: (transfer full): the file
 */
GFile *
diptych_file_new_for_arg (const char *arg)
{
  g_return_val_if_fail (arg != NULL, NULL);

  if (diptych_arg_is_uri (arg))
    return g_file_new_for_uri (arg);
  return g_file_new_for_path (arg);
}

/**
 * diptych_text_new_for_commandline_arg:
 * @arg: a file name or a URI, as given on a command line; `-` is standard
 *   input
 *
 * Returns: (transfer full): the text, or %NULL with @error set
 */
DiptychText *
diptych_text_new_for_commandline_arg (const char  *arg,
                                      GError     **error)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (arg != NULL, NULL);

  if (g_str_equal (arg, "-"))
    return diptych_text_new_from_fd (0, "-", error);
  if (!diptych_arg_is_uri (arg))
    return diptych_text_new_from_path (arg, error);

  file = g_file_new_for_uri (arg);
  return diptych_text_new_from_file (file, NULL, error);
}

/**
 * diptych_text_get_file:
 *
 * Returns: (transfer none) (nullable): the file the text was loaded from
 */
GFile *
diptych_text_get_file (DiptychText *self)
{
  GFile *file;

  g_return_val_if_fail (DIPTYCH_IS_TEXT (self), NULL);

  file = g_object_get_qdata (G_OBJECT (self), file_quark ());
  if (file == NULL && diptych_text_get_path (self) != NULL)
    {
      file = g_file_new_for_path (diptych_text_get_path (self));
      g_object_set_qdata_full (G_OBJECT (self), file_quark (), file, g_object_unref);
    }
  return file;
}
