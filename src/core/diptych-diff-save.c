/* diptych-diff-save.c: a diff written to a file, as text, JSON or a web page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-diff-save"

#include "config.h"

#include <string.h>

#include "diptych-diff-format.h"
#include "diptych-diff-save.h"

static const struct {
  const char *name;
  const char *extension;
} formats[DIPTYCH_N_DIFF_FORMATS] = {
  [DIPTYCH_DIFF_FORMAT_WORD_DIFF] = { "word-diff", "diff" },
  [DIPTYCH_DIFF_FORMAT_JSON]      = { "json", "json" },
  [DIPTYCH_DIFF_FORMAT_HTML]      = { "html", "html" },
};

const char *
diptych_diff_format_to_string (DiptychDiffFormat format)
{
  g_return_val_if_fail (format < DIPTYCH_N_DIFF_FORMATS, NULL);

  return formats[format].name;
}

gboolean
diptych_diff_format_from_string (const char        *name,
                                 DiptychDiffFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  for (guint i = 0; name != NULL && i < DIPTYCH_N_DIFF_FORMATS; i++)
    if (g_str_equal (name, formats[i].name))
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

/* Returns: the file name extension of @format, without the dot */
const char *
diptych_diff_format_get_extension (DiptychDiffFormat format)
{
  g_return_val_if_fail (format < DIPTYCH_N_DIFF_FORMATS, NULL);

  return formats[format].extension;
}

/**
 * diptych_diff_to_format:
 * @left_name: the left file's name as shown to the user (JSON and HTML)
 * @right_name: the right file's name as shown to the user
 * @classes: the change classes to write, as DIPTYCH_CHANGE_CLASS_BIT()s
 *
 * Returns: (transfer full): the diff as `diptych-cli diff` prints it in
 *   @format, without colour
 */
char *
diptych_diff_to_format (DiptychDiff       *diff,
                        DiptychDiffFormat  format,
                        const char        *left_name,
                        const char        *right_name,
                        guint              classes)
{
  g_return_val_if_fail (DIPTYCH_IS_DIFF (diff), NULL);
  g_return_val_if_fail (left_name != NULL, NULL);
  g_return_val_if_fail (right_name != NULL, NULL);

  switch (format)
    {
    case DIPTYCH_DIFF_FORMAT_WORD_DIFF:
      {
        char *text = diptych_diff_to_word_diff (diff, classes, FALSE);
        gsize len = strlen (text);

        /* As diptych-cli prints it: ending with a line break. */
        if (len == 0 || text[len - 1] != '\n')
          {
            char *with_newline = g_strconcat (text, "\n", NULL);

            g_free (text);
            text = with_newline;
          }
        return text;
      }
    case DIPTYCH_DIFF_FORMAT_JSON:
      return diptych_diff_to_json (diff, left_name, right_name, classes);
    case DIPTYCH_DIFF_FORMAT_HTML:
      return diptych_diff_to_html (diff, left_name, right_name, classes);
    case DIPTYCH_N_DIFF_FORMATS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * diptych_diff_save:
 * @file: where to write; replaced atomically (a temporary file in the same
 *   folder, then a rename), so that a failed save leaves it as it was
 *
 * Writes diptych_diff_to_format() to @file. Runs in any thread: a diff and
 * its texts do not change once made.
 *
 * Returns: %FALSE with @error set (a GIOError) when @file could not be
 *   written
 */
gboolean
diptych_diff_save (DiptychDiff        *diff,
                   GFile              *file,
                   DiptychDiffFormat   format,
                   const char         *left_name,
                   const char         *right_name,
                   guint               classes,
                   GCancellable       *cancellable,
                   GError            **error)
{
  g_autofree char *contents = NULL;

  g_return_val_if_fail (DIPTYCH_IS_DIFF (diff), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (format < DIPTYCH_N_DIFF_FORMATS, FALSE);

  contents = diptych_diff_to_format (diff, format, left_name, right_name, classes);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  return g_file_replace_contents (file, contents, strlen (contents), NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                                  cancellable, error);
}

typedef struct
{
  GFile             *file;
  DiptychDiffFormat  format;
  char              *left_name;
  char              *right_name;
  guint              classes;
} SaveData;

static void
save_data_free (gpointer data)
{
  SaveData *save = data;

  g_object_unref (save->file);
  g_free (save->left_name);
  g_free (save->right_name);
  g_free (save);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *save = task_data;
  GError *error = NULL;

  if (diptych_diff_save (source_object, save->file, save->format, save->left_name,
                         save->right_name, save->classes, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * diptych_diff_save_async:
 *
 * diptych_diff_save() in a worker thread, so that a long article's page
 * does not hold up the main loop.
 */
void
diptych_diff_save_async (DiptychDiff        *diff,
                         GFile              *file,
                         DiptychDiffFormat   format,
                         const char         *left_name,
                         const char         *right_name,
                         guint               classes,
                         GCancellable       *cancellable,
                         GAsyncReadyCallback callback,
                         gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveData *save;

  g_return_if_fail (DIPTYCH_IS_DIFF (diff));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (format < DIPTYCH_N_DIFF_FORMATS);
  g_return_if_fail (left_name != NULL);
  g_return_if_fail (right_name != NULL);

  save = g_new0 (SaveData, 1);
  save->file = g_object_ref (file);
  save->format = format;
  save->left_name = g_strdup (left_name);
  save->right_name = g_strdup (right_name);
  save->classes = classes;

  task = g_task_new (diff, cancellable, callback, user_data);
  g_task_set_source_tag (task, diptych_diff_save_async);
  g_task_set_task_data (task, save, save_data_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
diptych_diff_save_finish (DiptychDiff   *diff,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, diff), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
