/* test-annotation-history.c: undo and redo, each bound to its document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "diptych-annotation-history.h"
#include "diptych-text-file.h"

#include "core-test-util.h"

#define TEXT_A "Regional and global powers met as nearly 90 people were killed, officials said.\n"
#define TEXT_B "A different story, with regional and global words in it too, and 12 dead.\n"

typedef struct
{
  char                      *dir;
  DiptychAnnotationDocument *a;
  DiptychAnnotationDocument *b;
  DiptychAnnotationHistory  *history;
} Fixture;

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_assert_true (diptych_annotation_document_load_finish (DIPTYCH_ANNOTATION_DOCUMENT (object), result, NULL));
  *(gboolean *)user_data = TRUE;
}

static DiptychAnnotationDocument *
open_document (Fixture    *f,
               const char *name,
               const char *contents)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DiptychText) text = NULL;
  DiptychAnnotationDocument *document;
  gboolean loaded = FALSE;

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  text = diptych_text_new_from_file (file, NULL, NULL);
  document = diptych_annotation_document_new (file);
  diptych_annotation_document_set_autosave_delay (document, 0);
  diptych_annotation_document_load_async (document, text, NULL, loaded_cb, &loaded);
  WAIT_UNTIL (loaded);
  return document;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("diptych-history-XXXXXX", NULL);
  f->a = open_document (f, "a.txt", TEXT_A);
  f->b = open_document (f, "b.txt", TEXT_B);
  f->history = diptych_annotation_history_new ();
}

static void
settle (DiptychAnnotationDocument *document)
{
  WAIT_UNTIL (diptych_annotation_document_get_state (document) == DIPTYCH_DOCUMENT_STATE_SAVED);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  const char *names[] = { "a.txt", "b.txt", "a.txt.annotations.json", "b.txt.annotations.json" };

  g_assert_finalize_object (f->history);
  settle (f->a);
  settle (f->b);
  RELEASE_AND_WAIT (f->a);
  RELEASE_AND_WAIT (f->b);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (f->dir, names[i], NULL);

      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static DiptychAnnotation *
mark (Fixture                   *f,
      DiptychAnnotationDocument *document,
      const char                *words)
{
  DiptychText *text = diptych_annotation_document_get_text (document);
  const char *contents = diptych_text_get_contents (text, NULL);
  const char *at = strstr (contents, words);
  DiptychAnnotation *annotation;
  gboolean existing;

  g_assert_nonnull (at);
  annotation = diptych_annotation_document_prepare_mark (document, DIPTYCH_ANNOTATION_SOURCE, at - contents,
                                                         at - contents + strlen (words), &existing, NULL);
  g_assert_true (diptych_annotation_history_add (f->history, document, annotation));
  return annotation;
}

static guint
n_marks (DiptychAnnotationDocument *document)
{
  return g_list_model_get_n_items (G_LIST_MODEL (diptych_annotation_document_get_store (document)));
}

static char *
read_sidecar (Fixture    *f,
              const char *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, NULL);
  return contents;
}

static void
test_undo_redo (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(DiptychAnnotation) a = mark (f, f->a, "officials");

  g_assert_nonnull (a);
  g_assert_true (diptych_annotation_history_can_undo (f->history));
  g_assert_false (diptych_annotation_history_can_redo (f->history));
  g_assert_true (diptych_annotation_history_undo (f->history));
  g_assert_cmpuint (n_marks (f->a), ==, 0);
  g_assert_true (diptych_annotation_history_redo (f->history));
  g_assert_cmpuint (n_marks (f->a), ==, 1);
  g_assert_false (diptych_annotation_history_redo (f->history));
}

/* Seen by a user: pair A, mark, delete the mark, open pair B, Ctrl+Z: A's
 * mark was added to B and saved into B's sidecar.
 */
static void
test_undo_after_another_pair (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(DiptychAnnotation) a = mark (f, f->a, "Regional and global");
  g_autofree char *sidecar_b = NULL;

  g_assert_true (diptych_annotation_history_remove (f->history, f->a, a));
  g_assert_cmpuint (n_marks (f->a), ==, 0);

  /* Pair A is closed, pair B opened. */
  diptych_annotation_history_forget (f->history, f->a);
  g_assert_false (diptych_annotation_history_can_undo (f->history));
  g_assert_false (diptych_annotation_history_undo (f->history));
  g_assert_cmpuint (n_marks (f->b), ==, 0);
  settle (f->b);
  sidecar_b = read_sidecar (f, "b.txt.annotations.json");
  g_assert_null (sidecar_b);
}

/* Even while both are open, an entry only ever touches its document. */
static void
test_undo_touches_its_document (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(DiptychAnnotation) a = mark (f, f->a, "Regional and global");
  g_autoptr(DiptychAnnotation) b = NULL;

  (void)a;
  g_assert_true (diptych_annotation_history_remove (f->history, f->a,
                                                    diptych_annotation_store_lookup (diptych_annotation_document_get_store (f->a),
                                                                                     diptych_annotation_get_id (a))));
  b = mark (f, f->b, "regional and global");
  g_assert_true (diptych_annotation_history_undo (f->history));  /* B's mark */
  g_assert_cmpuint (n_marks (f->b), ==, 0);
  g_assert_true (diptych_annotation_history_undo (f->history));  /* A's delete */
  g_assert_cmpuint (n_marks (f->a), ==, 1);
  g_assert_cmpuint (n_marks (f->b), ==, 0);
}

static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(DiptychAnnotation) a = mark (f, f->a, "officials");
  g_autoptr(DiptychAnnotation) edited = diptych_annotation_copy (a);
  DiptychSource source = { (char *)"Health officials", DIPTYCH_SOURCE_OFFICIAL };
  guint n_before;

  /* An edit that changes nothing is no step to undo. */
  n_before = diptych_annotation_history_get_n_undo (f->history);
  diptych_annotation_set_note (edited, "");
  g_assert_false (diptych_annotation_history_edit (f->history, f->a, a, edited));
  g_assert_cmpuint (diptych_annotation_history_get_n_undo (f->history), ==, n_before);

  diptych_annotation_set_source (edited, &source);
  g_assert_true (diptych_annotation_history_edit (f->history, f->a, a, edited));
  g_assert_cmpuint (diptych_annotation_history_get_n_undo (f->history), ==, n_before + 1);
  /* The same object changed: views holding it see the edit. */
  g_assert_cmpstr (diptych_annotation_get_source (a)->name, ==, "Health officials");
  g_assert_cmpint (diptych_annotation_get_source (a)->type, ==, DIPTYCH_SOURCE_OFFICIAL);

  g_assert_true (diptych_annotation_history_undo (f->history));
  g_assert_cmpstr (diptych_annotation_get_source (a)->name, ==, "officials");
  g_assert_true (diptych_annotation_history_redo (f->history));
  g_assert_cmpstr (diptych_annotation_get_source (a)->name, ==, "Health officials");
}

static void
applied_cb (DiptychAnnotationHistory   *history,
            DiptychAnnotationDocument  *document,
            DiptychAnnotation          *annotation,
            DiptychAnnotationDocument **where)
{
  *where = document;
}

static void
test_applied_names_document (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(DiptychAnnotation) b = mark (f, f->b, "12 dead");
  DiptychAnnotationDocument *where = NULL;

  g_assert_nonnull (b);
  g_signal_connect (f->history, "applied", G_CALLBACK (applied_cb), &where);
  diptych_annotation_history_undo (f->history);
  g_assert_true (where == f->b);
}

/* "Accept All Figures": several marks, one step of undo and of redo. */
static void
test_group (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(DiptychAnnotation) first = mark (f, f->a, "officials");
  g_autoptr(DiptychAnnotation) x = NULL;
  g_autoptr(DiptychAnnotation) y = NULL;
  g_autoptr(DiptychAnnotation) z = NULL;

  g_assert_cmpuint (diptych_annotation_history_get_n_undo (f->history), ==, 1);
  diptych_annotation_history_begin_group (f->history);
  x = mark (f, f->a, "nearly 90 people");
  diptych_annotation_history_begin_group (f->history);  /* nested: still one step */
  y = mark (f, f->a, "Regional");
  diptych_annotation_history_end_group (f->history);
  z = mark (f, f->b, "12 dead");
  diptych_annotation_history_end_group (f->history);
  g_assert_cmpuint (diptych_annotation_history_get_n_undo (f->history), ==, 2);
  g_assert_cmpuint (n_marks (f->a), ==, 3);
  g_assert_cmpuint (n_marks (f->b), ==, 1);

  g_assert_true (diptych_annotation_history_undo (f->history));
  g_assert_cmpuint (n_marks (f->a), ==, 1);
  g_assert_cmpuint (n_marks (f->b), ==, 0);
  g_assert_cmpuint (diptych_annotation_history_get_n_undo (f->history), ==, 1);

  g_assert_true (diptych_annotation_history_redo (f->history));
  g_assert_cmpuint (n_marks (f->a), ==, 3);
  g_assert_cmpuint (n_marks (f->b), ==, 1);
  g_assert_false (diptych_annotation_history_can_redo (f->history));

  /* A change after the group is a step of its own. */
  g_assert_true (diptych_annotation_history_remove (f->history, f->a,
                                                    diptych_annotation_store_lookup (diptych_annotation_document_get_store (f->a),
                                                                                     diptych_annotation_get_id (first))));
  g_assert_cmpuint (diptych_annotation_history_get_n_undo (f->history), ==, 3);
  g_assert_true (diptych_annotation_history_undo (f->history));
  g_assert_cmpuint (n_marks (f->a), ==, 3);
  g_assert_true (diptych_annotation_history_undo (f->history));
  g_assert_true (diptych_annotation_history_undo (f->history));
  g_assert_cmpuint (n_marks (f->a), ==, 0);
  g_assert_false (diptych_annotation_history_can_undo (f->history));
}

/* A rejected suggestion is saved in the sidecar and read back, by kind
 * and words, wherever they are after the article was edited.
 */
static void
test_rejected_suggestion_persists (Fixture       *f,
                                   gconstpointer  data)
{
  DiptychAnnotationStore *store = diptych_annotation_document_get_store (f->a);
  g_autofree char *sidecar = NULL;
  g_autofree char *path = g_build_filename (f->dir, "a.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DiptychText) text = NULL;
  DiptychAnnotationDocument *again;
  DiptychAnnotationStore *again_store;
  gboolean loaded = FALSE;

  g_assert_true (diptych_annotation_store_reject_suggestion (store, DIPTYCH_ANNOTATION_CASUALTY, 35, 51,
                                                             "nearly 90 people"));
  g_assert_false (diptych_annotation_store_reject_suggestion (store, DIPTYCH_ANNOTATION_CASUALTY, 35, 51,
                                                              "nearly 90 people"));
  g_assert_true (diptych_annotation_store_is_rejected (store, DIPTYCH_ANNOTATION_CASUALTY, "nearly 90 people"));
  g_assert_false (diptych_annotation_store_is_rejected (store, DIPTYCH_ANNOTATION_SOURCE, "nearly 90 people"));
  settle (f->a);
  sidecar = read_sidecar (f, "a.txt.annotations.json");
  g_assert_nonnull (strstr (sidecar, "\"rejected_suggestions\""));
  g_assert_nonnull (strstr (sidecar, "\"version\" : 1"));

  /* The article is edited: the words moved. */
  g_assert_true (g_file_set_contents (path, "Edited. " TEXT_A, -1, NULL));
  text = diptych_text_new_from_file (file, NULL, NULL);
  again = diptych_annotation_document_new (file);
  diptych_annotation_document_set_autosave_delay (again, 0);
  diptych_annotation_document_load_async (again, text, NULL, loaded_cb, &loaded);
  WAIT_UNTIL (loaded);
  again_store = diptych_annotation_document_get_store (again);
  g_assert_cmpuint (diptych_annotation_store_get_n_rejected (again_store), ==, 1);
  g_assert_true (diptych_annotation_store_is_rejected (again_store, DIPTYCH_ANNOTATION_CASUALTY,
                                                       "nearly 90 people"));
  g_assert_cmpuint (diptych_annotation_store_get_rejected (again_store, 0)->start, ==, 35);
  settle (again);
  RELEASE_AND_WAIT (again);
}

/* Backspace on a suggestion, then Ctrl+Z: it is offered again, and the
 * sidecar no longer lists it; Ctrl+Shift+Z rejects it again.
 */
static void
test_reject_suggestion_undo (Fixture       *f,
                             gconstpointer  data)
{
  DiptychAnnotationStore *store = diptych_annotation_document_get_store (f->a);
  g_autofree char *rejected = NULL;
  g_autofree char *offered = NULL;
  g_autofree char *again = NULL;
  DiptychAnnotationDocument *where = NULL;
  g_autoptr(DiptychAnnotation) x = NULL;

  g_signal_connect (f->history, "applied", G_CALLBACK (applied_cb), &where);
  g_assert_true (diptych_annotation_history_reject_suggestion (f->history, f->a, DIPTYCH_ANNOTATION_CASUALTY,
                                                               35, 51, "nearly 90 people"));
  /* Rejecting it twice is no second step. */
  g_assert_false (diptych_annotation_history_reject_suggestion (f->history, f->a, DIPTYCH_ANNOTATION_CASUALTY,
                                                                35, 51, "nearly 90 people"));
  g_assert_cmpuint (diptych_annotation_history_get_n_undo (f->history), ==, 1);
  g_assert_true (diptych_annotation_store_is_rejected (store, DIPTYCH_ANNOTATION_CASUALTY, "nearly 90 people"));
  settle (f->a);
  rejected = read_sidecar (f, "a.txt.annotations.json");
  g_assert_nonnull (strstr (rejected, "\"rejected_suggestions\""));

  g_assert_true (diptych_annotation_history_undo (f->history));
  g_assert_true (where == f->a);
  g_assert_false (diptych_annotation_store_is_rejected (store, DIPTYCH_ANNOTATION_CASUALTY, "nearly 90 people"));
  g_assert_cmpuint (diptych_annotation_store_get_n_rejected (store), ==, 0);
  g_assert_cmpuint (n_marks (f->a), ==, 0);
  g_assert_true (diptych_annotation_history_can_redo (f->history));
  settle (f->a);
  offered = read_sidecar (f, "a.txt.annotations.json");
  g_assert_null (strstr (offered, "rejected_suggestions"));
  g_assert_null (strstr (offered, "nearly 90 people"));

  g_assert_true (diptych_annotation_history_redo (f->history));
  g_assert_true (diptych_annotation_store_is_rejected (store, DIPTYCH_ANNOTATION_CASUALTY, "nearly 90 people"));
  g_assert_cmpuint (diptych_annotation_store_get_rejected (store, 0)->start, ==, 35);
  settle (f->a);
  again = read_sidecar (f, "a.txt.annotations.json");
  g_assert_nonnull (strstr (again, "\"rejected_suggestions\""));

  /* In a group with a mark, one step takes back both. */
  diptych_annotation_history_begin_group (f->history);
  x = mark (f, f->a, "officials");
  g_assert_true (diptych_annotation_history_reject_suggestion (f->history, f->a, DIPTYCH_ANNOTATION_SOURCE,
                                                               0, 8, "Regional"));
  diptych_annotation_history_end_group (f->history);
  g_assert_true (diptych_annotation_history_undo (f->history));
  g_assert_cmpuint (n_marks (f->a), ==, 0);
  g_assert_false (diptych_annotation_store_is_rejected (store, DIPTYCH_ANNOTATION_SOURCE, "Regional"));
  g_assert_true (diptych_annotation_store_is_rejected (store, DIPTYCH_ANNOTATION_CASUALTY, "nearly 90 people"));

  /* Closing the article forgets its rejections too. */
  diptych_annotation_history_forget (f->history, f->a);
  g_assert_false (diptych_annotation_history_can_undo (f->history));
  g_assert_false (diptych_annotation_history_can_redo (f->history));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/diptych/annotation-history/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("undo-redo", test_undo_redo);
  ADD ("undo-after-another-pair-touches-nothing", test_undo_after_another_pair);
  ADD ("undo-touches-its-document", test_undo_touches_its_document);
  ADD ("edit", test_edit);
  ADD ("applied-names-document", test_applied_names_document);
  ADD ("group-is-one-step", test_group);
  ADD ("rejected-suggestion-persists", test_rejected_suggestion_persists);
  ADD ("reject-suggestion-undo-redo", test_reject_suggestion_undo);

  return g_test_run ();
}
