/* fuzz-sidecar.c: sidecar bytes → load → save → load again
 *
 * Whatever loads must save, with every annotation; what is saved must load
 * again, and saving that must give the same bytes as saving it once more
 * (the first save may differ: marks placed anew become exact once the
 * sidecar records the article's sha256).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "diptych-sidecar.h"
#include "diptych-text-file.h"

#define ARTICLE "The attack injured hundreds, killing nearly 90 people, including almost 20 women.\n"

static char *dir, *sidecar_path;
static DiptychText *text;

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static void
set_up (void)
{
  g_autofree char *article_path = NULL;
  g_autoptr(GFile) article = NULL;

  dir = g_dir_make_tmp ("diptych-fuzz-XXXXXX", NULL);
  article_path = g_build_filename (dir, "story.txt", NULL);
  g_file_set_contents (article_path, ARTICLE, -1, NULL);
  article = g_file_new_for_path (article_path);
  text = diptych_text_new_from_file (article, NULL, NULL);
  sidecar_path = g_strconcat (article_path, DIPTYCH_SIDECAR_SUFFIX, NULL);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(DiptychSidecar) sidecar = NULL;
  g_autoptr(DiptychSidecar) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DiptychSidecar) third = NULL;
  g_autofree char *saved_again = NULL;
  g_autofree char *saved_third = NULL;

  if (text == NULL)
    set_up ();

  g_unlink (sidecar_path);
  g_file_set_contents (sidecar_path, (const char *)data, size, NULL);
  sidecar = diptych_sidecar_load (text, NULL, NULL, &error);
  if (sidecar == NULL || diptych_sidecar_get_read_only (sidecar))
    return 0;

  if (!diptych_sidecar_save (sidecar, NULL, &error))
    g_error ("loaded but not saved: %s", error->message);

  again = diptych_sidecar_load (text, NULL, NULL, &error);
  if (again == NULL)
    g_error ("saved but not loaded again: %s", error->message);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diptych_sidecar_get_store (again))), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (diptych_sidecar_get_store (sidecar))));
  if (!diptych_sidecar_save (again, NULL, &error))
    g_error ("loaded again but not saved: %s", error->message);
  g_file_get_contents (sidecar_path, &saved_again, NULL, NULL);

  third = diptych_sidecar_load (text, NULL, NULL, &error);
  g_assert_no_error (error);
  saved_third = diptych_sidecar_to_data (third, NULL);
  g_assert_cmpstr (saved_again, ==, saved_third);
  return 0;
}
