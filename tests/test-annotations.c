/* test-annotations.c: marking articles in a real window, saved as sidecars
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "diptych-annotation-sidebar.h"
#include "diptych-text-file.h"
#include "diptych-window.h"
#include "ui-test-util.h"

#define LEFT  TEST_DATA_DIR "/000_623877efd72da243.txt"
#define RIGHT TEST_DATA_DIR "/001_3071ba8c4e40be15.txt"

typedef struct
{
  char          *dir;
  char          *left;
  char          *right;
  char          *sidecar;
  DiptychWindow *window;
} Fixture;

static void
open_pair (Fixture    *f,
           const char *left_path,
           const char *right_path)
{
  g_autoptr(GFile) left = g_file_new_for_path (left_path);
  g_autoptr(GFile) right = g_file_new_for_path (right_path);

  diptych_window_open_pair (f->window, left, right);
  ui_test_wait_until (ui_test_pair_is_open, diptych_window_get_pair_view (f->window));
  ui_test_wait_until (ui_test_documents_loaded, f->window);
}

static void
open_window (Fixture *f)
{
  f->window = diptych_window_new (NULL);
  gtk_window_present (GTK_WINDOW (f->window));
  open_pair (f, f->left, f->right);
  ui_test_wait_until (ui_test_widget_is_shown, f->window);
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *)data == NULL;
}

/* Closing saves what is not saved, then the window goes. */
static void
close_window (Fixture *f)
{
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *)&f->window);
  gtk_window_close (GTK_WINDOW (f->window));
  ui_test_wait_until (is_null, &f->window);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_settings_set_uint (settings, "autosave-delay", 200);
  f->dir = g_dir_make_tmp ("diptych-annotations-XXXXXX", &error);
  g_assert_no_error (error);
  f->left = g_build_filename (f->dir, "original.txt", NULL);
  f->right = g_build_filename (f->dir, "copy.txt", NULL);
  f->sidecar = g_strconcat (f->left, ".annotations.json", NULL);
  ui_test_copy_file (LEFT, f->left);
  ui_test_copy_file (RIGHT, f->right);
  open_window (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  /* Without the close path: some tests leave marks that cannot be saved. */
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  g_chmod (f->dir, 0755);
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->left);
  g_free (f->right);
  g_free (f->sidecar);
}

static DiptychTextPane *
left_pane (Fixture *f)
{
  return diptych_pair_view_get_pane (diptych_window_get_pair_view (f->window), DIPTYCH_SIDE_LEFT);
}

static DiptychAnnotationDocument *
left_document (Fixture *f)
{
  return ui_test_document_on (f->window, DIPTYCH_SIDE_LEFT);
}

static DiptychAnnotationStore *
left_store (Fixture *f)
{
  return diptych_annotation_document_get_store (left_document (f));
}

static DiptychDocumentState
left_state (Fixture *f)
{
  return diptych_annotation_document_get_state (left_document (f));
}

static void
select_words (Fixture    *f,
              const char *words)
{
  GtkTextBuffer *buffer = diptych_text_pane_get_buffer (left_pane (f));
  GtkTextIter start, match_start, match_end;

  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, words, 0, &match_start, &match_end, NULL));
  gtk_text_buffer_select_range (buffer, &match_start, &match_end);
  gtk_widget_grab_focus (GTK_WIDGET (diptych_text_pane_get_view (left_pane (f))));
}

static void
mark (Fixture    *f,
      const char *kind)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.mark", "s", kind));
}

static guint
n_marks (Fixture *f)
{
  return g_list_model_get_n_items (G_LIST_MODEL (left_store (f)));
}

typedef struct
{
  Fixture    *f;
  const char *fragment;
  gboolean    present;
} SavedCheck;

static gboolean
sidecar_says (gpointer data)
{
  SavedCheck *check = data;
  g_autofree char *contents = NULL;

  if (left_state (check->f) != DIPTYCH_DOCUMENT_STATE_SAVED)
    return FALSE;
  if (!g_file_get_contents (check->f->sidecar, &contents, NULL, NULL))
    return FALSE;
  return (strstr (contents, check->fragment) != NULL) == check->present;
}

static void
wait_saved (Fixture    *f,
            const char *fragment,
            gboolean    present)
{
  SavedCheck check = { f, fragment, present };

  ui_test_wait_until (sidecar_says, &check);
}

static void
test_mark_save_undo_redo (Fixture       *f,
                          gconstpointer  data)
{
  DiptychMarkController *marks = diptych_window_get_marks (f->window);
  g_autoptr(DiptychAnnotation) first = NULL;
  const DiptychCasualty *casualty;

  select_words (f, "killing nearly 90 people");
  mark (f, "casualty");
  g_assert_cmpuint (n_marks (f), ==, 1);

  /* Pre-filled by the phrase parser. */
  first = g_list_model_get_item (G_LIST_MODEL (left_store (f)), 0);
  casualty = diptych_annotation_get_casualty (first);
  g_assert_cmpint (diptych_annotation_get_kind (first), ==, DIPTYCH_ANNOTATION_CASUALTY);
  g_assert_cmpint (casualty->value, ==, 90);
  g_assert_cmpint (casualty->qualifier, ==, DIPTYCH_QUALIFIER_AT_MOST);
  g_assert_cmpint (casualty->outcome, ==, DIPTYCH_OUTCOME_KILLED);
  g_assert_true (diptych_mark_controller_get_selected (marks, NULL) == first);

  /* The text is tagged, and autosaved. */
  {
    GtkTextBuffer *buffer = diptych_text_pane_get_buffer (left_pane (f));
    GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "mark-casualty");
    GtkTextIter iter;

    gtk_text_buffer_get_iter_at_offset (buffer, &iter, diptych_annotation_get_start (first));
    g_assert_true (gtk_text_iter_starts_tag (&iter, tag));
  }
  wait_saved (f, "\"raw\" : \"nearly 90\"", TRUE);

  /* Sources are named by their words. */
  select_words (f, "Syrian health officials");
  mark (f, "source");
  g_assert_cmpuint (n_marks (f), ==, 2);
  wait_saved (f, "\"name\" : \"Syrian health officials\"", TRUE);

  /* Undo, redo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpuint (n_marks (f), ==, 1);
  wait_saved (f, "Syrian health officials", FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  g_assert_cmpuint (n_marks (f), ==, 2);
  wait_saved (f, "Syrian health officials", TRUE);

  /* Delete the selected one, then undo the deletion. */
  diptych_mark_controller_select (marks, DIPTYCH_SIDE_LEFT, first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-annotation", NULL));
  g_assert_cmpuint (n_marks (f), ==, 1);
  wait_saved (f, "nearly 90", FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpuint (n_marks (f), ==, 2);
  g_assert_nonnull (diptych_annotation_store_lookup (left_store (f), diptych_annotation_get_id (first)));
  wait_saved (f, "nearly 90", TRUE);
}

static void
test_reopen_and_relocate (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *id = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *edited = NULL;
  DiptychAnnotation *found;
  gsize start;

  select_words (f, "nearly 90 people");
  mark (f, "casualty");
  id = g_strdup (diptych_annotation_get_id (diptych_mark_controller_get_selected (diptych_window_get_marks (f->window), NULL)));
  start = diptych_annotation_get_start (diptych_mark_controller_get_selected (diptych_window_get_marks (f->window), NULL));

  /* Closing saves at once. */
  close_window (f);
  g_assert_true (g_file_test (f->sidecar, G_FILE_TEST_EXISTS));

  open_window (f);
  found = diptych_annotation_store_lookup (left_store (f), id);
  g_assert_nonnull (found);
  g_assert_cmpint (diptych_annotation_get_anchor (found), ==, DIPTYCH_ANCHOR_EXACT);
  g_assert_cmpuint (diptych_annotation_get_start (found), ==, start);
  close_window (f);

  /* The article changed on disk: the mark is found again. */
  g_file_get_contents (f->left, &contents, NULL, NULL);
  edited = g_strconcat ("(CNN) ", contents, NULL);
  g_file_set_contents (f->left, edited, -1, NULL);

  open_window (f);
  found = diptych_annotation_store_lookup (left_store (f), id);
  g_assert_nonnull (found);
  g_assert_cmpint (diptych_annotation_get_anchor (found), ==, DIPTYCH_ANCHOR_RELOCATED);
  g_assert_cmpuint (diptych_annotation_get_start (found), ==, start + 6);
  g_assert_cmpuint (diptych_annotation_sidebar_get_n_orphans (DIPTYCH_ANNOTATION_SIDEBAR (diptych_window_get_sidebar (f->window))), ==, 0);
  close_window (f);

  /* The words are gone: the mark is kept, listed apart in the sidebar. */
  g_file_set_contents (f->left, "An article that says something else entirely.\n", -1, NULL);
  open_window (f);
  found = diptych_annotation_store_lookup (left_store (f), id);
  g_assert_nonnull (found);
  g_assert_cmpint (diptych_annotation_get_anchor (found), ==, DIPTYCH_ANCHOR_ORPHANED);
  g_assert_cmpuint (diptych_annotation_sidebar_get_n_orphans (DIPTYCH_ANNOTATION_SIDEBAR (diptych_window_get_sidebar (f->window))), ==, 1);
  g_assert_cmpuint (diptych_annotation_sidebar_get_n_rows (DIPTYCH_ANNOTATION_SIDEBAR (diptych_window_get_sidebar (f->window))), ==, 0);
}

static gboolean
saved_cb_done (gpointer data)
{
  return *(GAsyncResult **)data != NULL;
}

static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  *(GAsyncResult **)user_data = g_object_ref (result);
}

static gboolean
save_now (Fixture  *f,
          GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  diptych_annotation_document_save_async (left_document (f), NULL, store_result_cb, &result);
  ui_test_wait_until (saved_cb_done, &result);
  return diptych_annotation_document_save_finish (left_document (f), result, error);
}

static gboolean
find_message_dialog (gpointer data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      *(AdwMessageDialog **)data = l->data;
  return *(AdwMessageDialog **)data != NULL;
}

static void
test_corrupt_sidecar_kept (Fixture       *f,
                           gconstpointer  data)
{
  const char *garbage = "{\"format\": \"diptych-annotations\", \"version\": 1, \"annotations\": [";
  g_autofree char *after = NULL;
  AdwMessageDialog *dialog = NULL;
  const char *problem;

  close_window (f);
  g_file_set_contents (f->sidecar, garbage, -1, NULL);
  open_window (f);

  g_assert_cmpint (left_state (f), ==, DIPTYCH_DOCUMENT_STATE_READ_ONLY);
  g_assert_nonnull (strstr (diptych_annotation_document_get_error (left_document (f))->message, f->sidecar));

  /* Marks can still be made; they stay in memory; the file is not touched. */
  select_words (f, "nearly 90 people");
  mark (f, "casualty");
  g_assert_cmpuint (n_marks (f), ==, 1);
  g_assert_false (save_now (f, NULL));
  g_file_get_contents (f->sidecar, &after, NULL, NULL);
  g_assert_cmpstr (after, ==, garbage);
  g_assert_true (diptych_annotation_document_get_modified (left_document (f)));

  /* Said whole over the articles: the file, where in it, nothing of
   * json-glib's own wording.
   */
  problem = diptych_window_get_problem_text (f->window);
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem, f->sidecar));
  g_assert_nonnull (strstr (problem, "(1:65: the data ends too early)"));
  g_assert_null (strstr (problem, "<data>"));

  /* Closing offers to save elsewhere. */
  gtk_window_close (GTK_WINDOW (f->window));
  ui_test_wait_until (find_message_dialog, &dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "save-as"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "save-as");
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));
}

/* Someone else (another window, a sync tool) saved the sidecar meanwhile:
 * saving fails, and merging keeps both sides' marks.
 */
static gboolean
left_in_conflict (gpointer data)
{
  return left_state (data) == DIPTYCH_DOCUMENT_STATE_CONFLICT;
}

static void
test_changed_on_disk_merge (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GFile) article = g_file_new_for_path (f->left);
  g_autoptr(GFile) sidecar = g_file_new_for_path (f->sidecar);
  g_autoptr(DiptychText) text = diptych_text_new_from_file (article, NULL, NULL);
  g_autoptr(DiptychSidecar) other = NULL;
  g_autoptr(DiptychAnnotation) theirs = NULL;
  g_autofree char *theirs_id = NULL;
  g_autoptr(GError) error = NULL;
  const char *contents = diptych_text_get_contents (text, NULL);
  gsize start;

  select_words (f, "nearly 90 people");
  mark (f, "casualty");
  wait_saved (f, "nearly 90 people", TRUE);

  /* The other program adds a mark and saves (later than us: file systems
   * stamp times coarsely).
   */
  other = diptych_sidecar_load (text, NULL, NULL, &error);
  g_assert_no_error (error);
  start = g_utf8_pointer_to_offset (contents, strstr (contents, "Syrian health officials"));
  theirs = diptych_annotation_new (DIPTYCH_ANNOTATION_SOURCE, text, start, start + 23);
  theirs_id = g_strdup (diptych_annotation_get_id (theirs));
  diptych_annotation_store_add (diptych_sidecar_get_store (other), theirs);
  g_assert_true (diptych_sidecar_save (other, NULL, &error));
  g_assert_true (g_file_set_attribute_uint64 (sidecar, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                              g_get_real_time () / G_USEC_PER_SEC + 5,
                                              G_FILE_QUERY_INFO_NONE, NULL, NULL));

  /* Ours, made meanwhile, cannot be saved over theirs. */
  select_words (f, "Secretary of State Rex Tillerson");
  mark (f, "source");
  ui_test_wait_until (left_in_conflict, f);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.merge-annotations", "s", "left"));
  wait_saved (f, "Secretary of State Rex Tillerson", TRUE);
  wait_saved (f, theirs_id, TRUE);
  g_assert_cmpuint (n_marks (f), ==, 3);
  g_assert_nonnull (diptych_annotation_store_lookup (left_store (f), theirs_id));
}

static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_chmod (f->dir, 0555);
  if (access (f->dir, W_OK) == 0)
    {
      g_test_skip ("this user can write to read-only folders (root)");
      return;
    }

  select_words (f, "nearly 90 people");
  mark (f, "casualty");
  g_assert_false (save_now (f, &error));
  g_assert_cmpint (left_state (f), ==, DIPTYCH_DOCUMENT_STATE_FAILED);
  g_assert_nonnull (strstr (error->message, f->sidecar));
  g_assert_cmpuint (n_marks (f), ==, 1);
  g_chmod (f->dir, 0755);
}

static void
test_next_annotation (Fixture       *f,
                      gconstpointer  data)
{
  DiptychMarkController *marks = diptych_window_get_marks (f->window);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  /* Marks alone: with suggestions shown, Tab stops at them too
   * (test-suggestions.c).
   */
  g_settings_set_boolean (settings, "show-suggestions", FALSE);
  select_words (f, "Syrian health officials");
  mark (f, "source");
  select_words (f, "nearly 90 people");
  mark (f, "casualty");
  select_words (f, "Secretary of State Rex Tillerson");
  mark (f, "source");

  /* From the first (selected) one onwards, in text order. */
  g_assert_cmpstr (diptych_annotation_get_exact (diptych_mark_controller_get_selected (marks, NULL)), ==,
                   "Secretary of State Rex Tillerson");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.next-annotation", NULL));
  g_assert_cmpstr (diptych_annotation_get_exact (diptych_mark_controller_get_selected (marks, NULL)), ==,
                   "nearly 90 people");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.next-annotation", NULL));
  g_assert_cmpstr (diptych_annotation_get_exact (diptych_mark_controller_get_selected (marks, NULL)), ==,
                   "Syrian health officials");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.previous-annotation", NULL));
  g_assert_cmpstr (diptych_annotation_get_exact (diptych_mark_controller_get_selected (marks, NULL)), ==,
                   "nearly 90 people");
  g_settings_set_boolean (settings, "show-suggestions", TRUE);
}

static void
test_sidebar (Fixture       *f,
              gconstpointer  data)
{
  DiptychAnnotationSidebar *sidebar = DIPTYCH_ANNOTATION_SIDEBAR (diptych_window_get_sidebar (f->window));
  DiptychMarkController *marks = diptych_window_get_marks (f->window);
  DiptychAnnotation *source, *figure;
  DiptychCasualty casualty;
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_settings_set_boolean (settings, "sidebar-visible", TRUE);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1400, 860);
  g_assert_cmpuint (diptych_annotation_sidebar_get_n_rows (sidebar), ==, 0);

  select_words (f, "Syrian health officials");
  source = diptych_mark_controller_mark (marks, DIPTYCH_ANNOTATION_SOURCE, NULL);
  select_words (f, "killing nearly 90 people");
  figure = diptych_mark_controller_mark (marks, DIPTYCH_ANNOTATION_CASUALTY, NULL);
  select_words (f, "The attack injured hundreds");
  diptych_mark_controller_mark (marks, DIPTYCH_ANNOTATION_CLAIM, NULL);
  g_assert_cmpuint (diptych_annotation_sidebar_get_n_rows (sidebar), ==, 3);

  /* Link the figure to its source, as the editor does. */
  casualty = *diptych_annotation_get_casualty (figure);
  casualty.source = (char *)diptych_annotation_get_id (source);
  diptych_annotation_set_casualty (figure, &casualty);

  /* Search filters the list. */
  diptych_annotation_sidebar_set_search (sidebar, "health");
  g_assert_cmpuint (diptych_annotation_sidebar_get_n_rows (sidebar), ==, 1);
  diptych_annotation_sidebar_set_search (sidebar, "");
  g_assert_cmpuint (diptych_annotation_sidebar_get_n_rows (sidebar), ==, 3);

  /* Clicking a row selects its mark. */
  diptych_annotation_sidebar_activate_row (sidebar, 1);
  g_assert_true (diptych_mark_controller_get_selected (marks, NULL) == figure);

  ui_test_settle ();
  ui_test_wait_until (ui_test_widget_is_shown, f->window);
  ui_test_settle ();
  ui_test_save_screenshot (GTK_WIDGET (f->window), "annotations");

  /* Dark mode: the marks and changes have their dark colours. */
  if (g_getenv ("DIPTYCH_TEST_SCREENSHOTS") != NULL)
    {
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
      ui_test_settle ();
      ui_test_save_screenshot (GTK_WIDGET (f->window), "annotations-dark");
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
    }
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_dir_make_tmp ("diptych-export-XXXXXX", &error);
  g_autoptr(GFile) folder = g_file_new_for_path (out);
  g_autofree char *csv_path = g_build_filename (out, "original.csv", NULL);
  g_autofree char *ann_path = g_build_filename (out, "original.ann", NULL);
  g_autofree char *txt_path = g_build_filename (out, "original.txt", NULL);
  g_autofree char *conf_path = g_build_filename (out, "annotation.conf", NULL);
  g_autofree char *visual_path = g_build_filename (out, "visual.conf", NULL);
  g_autofree char *jsonld_path = g_build_filename (out, "original.jsonld", NULL);
  g_autofree char *jsonl_path = g_build_filename (out, "original.jsonl", NULL);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *csv = NULL;
  g_autofree char *jsonld = NULL;
  guint overlaps = 99;

  g_assert_no_error (error);
  g_assert_cmpint (diptych_window_export (f->window, folder, DIPTYCH_EXPORT_CSV, NULL, NULL, &error), ==, 0);

  select_words (f, "nearly 90 people");
  mark (f, "casualty");
  g_assert_cmpint (diptych_window_export (f->window, folder, DIPTYCH_EXPORT_CSV, NULL, NULL, &error), ==, 1);
  g_assert_no_error (error);
  g_file_get_contents (csv_path, &csv, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (csv, ",casualty,"));
  g_assert_nonnull (strstr (csv, "nearly 90 people"));

  g_assert_cmpint (diptych_window_export (f->window, folder, DIPTYCH_EXPORT_BRAT, NULL, NULL, &error), ==, 1);
  g_assert_true (g_file_test (ann_path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (txt_path, G_FILE_TEST_EXISTS));

  g_assert_true (g_file_test (conf_path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (visual_path, G_FILE_TEST_EXISTS));

  /* The creator is the annotator name from Preferences. */
  g_settings_set_string (settings, "annotator-name", "Ana Müller");
  g_assert_cmpint (diptych_window_export (f->window, folder, DIPTYCH_EXPORT_W3C, NULL, NULL, &error), ==, 1);
  g_assert_no_error (error);
  g_file_get_contents (jsonld_path, &jsonld, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (jsonld, "\"name\" : \"Ana Müller\""));
  g_settings_reset (settings, "annotator-name");

  /* A claim around the figure overlaps it: doccano would drop one. */
  select_words (f, "killing nearly 90 people");
  mark (f, "claim");
  g_assert_cmpint (diptych_window_export (f->window, folder, DIPTYCH_EXPORT_DOCCANO, NULL, &overlaps, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpuint (overlaps, ==, 2);

  g_unlink (csv_path);
  g_unlink (ann_path);
  g_unlink (txt_path);
  g_unlink (conf_path);
  g_unlink (visual_path);
  g_unlink (jsonld_path);
  g_unlink (jsonl_path);
  g_assert_cmpint (g_rmdir (out), ==, 0);
}

/* Seen by a user: pair A, mark, delete the mark, open pair B, Ctrl+Z: A's
 * mark was added to B and saved into B's sidecar.
 */
static void
test_undo_after_another_pair (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *other_left = g_build_filename (f->dir, "b-original.txt", NULL);
  g_autofree char *other_right = g_build_filename (f->dir, "b-copy.txt", NULL);
  g_autofree char *other_sidecar = g_strconcat (other_left, ".annotations.json", NULL);
  g_autofree char *contents = NULL;

  ui_test_copy_file (LEFT, other_left);
  ui_test_copy_file (RIGHT, other_right);

  select_words (f, "regional and global");
  mark (f, "source");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-annotation", NULL));
  g_assert_cmpuint (n_marks (f), ==, 0);

  open_pair (f, other_left, other_right);
  g_assert_false (diptych_mark_controller_can_undo (diptych_window_get_marks (f->window)));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  ui_test_settle ();
  g_assert_cmpuint (n_marks (f), ==, 0);
  g_assert_false (diptych_annotation_document_get_modified (left_document (f)));
  g_assert_false (g_file_get_contents (other_sidecar, &contents, NULL, NULL) &&
                  strstr (contents, "regional and global") != NULL);
  g_unlink (other_left);
  g_unlink (other_right);
}

/* One file on both sides: one document, which never conflicts with itself. */
static void
test_same_file_both_sides (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  DiptychAnnotationDocument *left, *right;
  g_autofree char *contents = NULL;
  guint count = 0;

  open_pair (f, f->left, f->left);
  left = ui_test_document_on (f->window, DIPTYCH_SIDE_LEFT);
  right = ui_test_document_on (f->window, DIPTYCH_SIDE_RIGHT);
  g_assert_true (left == right);

  select_words (f, "nearly 90 people");
  mark (f, "casualty");
  wait_saved (f, "nearly 90 people", TRUE);
  g_assert_cmpint (left_state (f), ==, DIPTYCH_DOCUMENT_STATE_SAVED);

  /* Both panes paint it. */
  {
    GtkTextBuffer *buffer = diptych_text_pane_get_buffer (diptych_pair_view_get_pane (diptych_window_get_pair_view (f->window),
                                                                                      DIPTYCH_SIDE_RIGHT));
    GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "mark-casualty");
    GtkTextIter start, end;

    gtk_text_buffer_get_start_iter (buffer, &start);
    g_assert_true (gtk_text_iter_forward_search (&start, "nearly 90 people", 0, &start, &end, NULL));
    g_assert_true (gtk_text_iter_has_tag (&start, tag));
  }

  g_file_get_contents (f->sidecar, &contents, NULL, NULL);
  for (const char *at = contents; (at = strstr (at, "\"kind\"")) != NULL; at++)
    count++;
  g_assert_cmpuint (count, ==, 1);
}

static gboolean
banner_shown (gpointer data)
{
  Fixture *f = data;

  return diptych_annotation_document_get_article_changed (left_document (f));
}

static gboolean
reloaded (gpointer data)
{
  Fixture *f = data;

  return ui_test_documents_loaded (f->window) &&
         !diptych_annotation_document_get_article_changed (left_document (f));
}

/* The article changes on disk while open: the window says so, and Reload
 * shows the new text with every mark, saved or not, placed in it.
 */
static void
test_reload_after_article_changed (Fixture       *f,
                                   gconstpointer  data)
{
  g_autofree char *contents = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *figure_id = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  DiptychAnnotation *figure;
  gsize start;

  select_words (f, "nearly 90 people");
  mark (f, "casualty");
  figure = diptych_mark_controller_get_selected (diptych_window_get_marks (f->window), NULL);
  figure_id = g_strdup (diptych_annotation_get_id (figure));
  start = diptych_annotation_get_start (figure);
  wait_saved (f, "nearly 90 people", TRUE);

  /* A mark not saved yet when the article changes. */
  g_settings_set_uint (settings, "autosave-delay", 60000);
  select_words (f, "Syrian health officials");
  mark (f, "source");

  g_file_get_contents (f->left, &contents, NULL, NULL);
  edited = g_strconcat ("(CNN) ", contents, NULL);
  g_file_set_contents (f->left, edited, -1, NULL);
  ui_test_wait_until (banner_shown, f);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.reload-pair", NULL));
  ui_test_wait_until (reloaded, f);

  g_assert_true (g_str_has_prefix (diptych_text_get_contents (diptych_annotation_document_get_text (left_document (f)), NULL),
                                   "(CNN) "));
  g_assert_cmpuint (n_marks (f), ==, 2);
  figure = diptych_annotation_store_lookup (left_store (f), figure_id);
  g_assert_nonnull (figure);
  g_assert_cmpuint (diptych_annotation_get_start (figure), ==, start + 6);
  g_settings_set_uint (settings, "autosave-delay", 200);
}

/* A selection of spaces is no mark; pressing S twice makes one source. */
static void
test_mark_rules (Fixture       *f,
                 gconstpointer  data)
{
  GtkTextBuffer *buffer = diptych_text_pane_get_buffer (left_pane (f));
  GtkTextIter start, end;

  /* The space after "Syrian". */
  select_words (f, "Syrian health");
  gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
  gtk_text_iter_forward_chars (&start, 6);
  end = start;
  gtk_text_iter_forward_char (&end);
  gtk_text_buffer_select_range (buffer, &start, &end);
  g_assert_true (g_unichar_isspace (gtk_text_iter_get_char (&start)));
  mark (f, "source");
  g_assert_cmpuint (n_marks (f), ==, 0);

  select_words (f, " Syrian health officials ");
  mark (f, "source");
  select_words (f, "Syrian health officials");
  mark (f, "source");
  g_assert_cmpuint (n_marks (f), ==, 1);
  g_assert_cmpstr (diptych_annotation_get_exact (diptych_mark_controller_get_selected (diptych_window_get_marks (f->window), NULL)),
                   ==, "Syrian health officials");
}

/* The article's words changed under a figure: the mark says so, keeps the
 * annotator's number, and Accept takes the new words (undoably).
 */
static void
test_changed_mark_accept (Fixture       *f,
                          gconstpointer  data)
{
  DiptychMarkController *marks = diptych_window_get_marks (f->window);
  g_autofree char *contents = NULL;
  g_autofree char *figure_id = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *edited = NULL;
  DiptychAnnotation *figure;
  GtkTextBuffer *buffer;
  GtkTextIter iter;

  select_words (f, "killing nearly 90 people");
  mark (f, "casualty");
  figure_id = g_strdup (diptych_annotation_get_id (diptych_mark_controller_get_selected (marks, NULL)));
  close_window (f);

  g_file_get_contents (f->left, &contents, NULL, NULL);
  parts = g_strsplit (contents, "killing nearly 90 people", 2);
  edited = g_strjoinv ("killing nearly 86 people", parts);
  g_file_set_contents (f->left, edited, -1, NULL);
  open_window (f);
  marks = diptych_window_get_marks (f->window);

  figure = diptych_annotation_store_lookup (left_store (f), figure_id);
  g_assert_nonnull (figure);
  g_assert_cmpint (diptych_annotation_get_anchor (figure), ==, DIPTYCH_ANCHOR_CHANGED);
  g_assert_cmpstr (diptych_annotation_get_exact (figure), ==, "killing nearly 86 people");
  g_assert_cmpstr (diptych_annotation_get_previous_exact (figure), ==, "killing nearly 90 people");
  g_assert_cmpint (diptych_annotation_get_casualty (figure)->value, ==, 90);

  /* The pane flags it. */
  buffer = diptych_text_pane_get_buffer (left_pane (f));
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, diptych_annotation_get_start (figure));
  g_assert_true (gtk_text_iter_has_tag (&iter, gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer),
                                                                          "mark-changed")));

  g_assert_true (diptych_mark_controller_accept (marks, DIPTYCH_SIDE_LEFT, figure));
  g_assert_cmpint (diptych_annotation_get_anchor (figure), ==, DIPTYCH_ANCHOR_EXACT);
  g_assert_null (diptych_annotation_get_previous_exact (figure));
  g_assert_cmpint (diptych_annotation_get_casualty (figure)->value, ==, 86);
  g_assert_false (gtk_text_iter_has_tag (&iter, gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer),
                                                                           "mark-changed")));
  wait_saved (f, "\"value\" : 86", TRUE);

  /* Undo gives the annotator's words back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpint (diptych_annotation_get_anchor (figure), ==, DIPTYCH_ANCHOR_CHANGED);
  g_assert_cmpint (diptych_annotation_get_casualty (figure)->value, ==, 90);
  wait_saved (f, "\"previous_quote\"", TRUE);
}

typedef struct
{
  DiptychPairView *pair_view;
  DiptychText     *left;  /* wanted on the left */
} SwapWait;

static gboolean
swapped (gpointer data)
{
  SwapWait *wait = data;
  DiptychDiff *diff = diptych_pair_view_get_diff (wait->pair_view);

  return !diptych_pair_view_get_loading (wait->pair_view) && diff != NULL &&
         diptych_diff_get_left (diff) == wait->left;
}

static guint
count_op (DiptychDiff     *diff,
          DiptychChangeOp  op)
{
  guint n = 0;

  for (guint i = 0; i < diptych_diff_get_n_changes (diff); i++)
    n += diptych_diff_get_change (diff, i)->op == op;
  return n;
}

/* How many characters the changes cover on the left. */
static guint
left_extent (DiptychDiff *diff)
{
  guint n = 0;

  for (guint i = 0; i < diptych_diff_get_n_changes (diff); i++)
    n += diptych_diff_get_change (diff, i)->left_end - diptych_diff_get_change (diff, i)->left_start;
  return n;
}

static guint
right_extent (DiptychDiff *diff)
{
  guint n = 0;

  for (guint i = 0; i < diptych_diff_get_n_changes (diff); i++)
    n += diptych_diff_get_change (diff, i)->right_end - diptych_diff_get_change (diff, i)->right_start;
  return n;
}

static gboolean
has_tag_at (GtkTextBuffer *buffer,
            const char    *tag_name,
            gsize          offset)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  return gtk_text_iter_has_tag (&iter, tag);
}

/* Swap Sides: the files change places, the diff reads the other way, each
 * mark stays with its article (not read again from disk) and undo still
 * reaches it.
 */
static void
test_swap_sides (Fixture       *f,
                 gconstpointer  data)
{
  DiptychPairView *pair_view = diptych_window_get_pair_view (f->window);
  DiptychAnnotationDocument *left_doc = ui_test_document_on (f->window, DIPTYCH_SIDE_LEFT);
  DiptychAnnotationDocument *right_doc = ui_test_document_on (f->window, DIPTYCH_SIDE_RIGHT);
  DiptychText *left_text = diptych_text_pane_get_text (diptych_pair_view_get_pane (pair_view, DIPTYCH_SIDE_LEFT));
  DiptychText *right_text = diptych_text_pane_get_text (diptych_pair_view_get_pane (pair_view, DIPTYCH_SIDE_RIGHT));
  g_autoptr(GFile) left_file = g_object_ref (diptych_pair_view_get_file (pair_view, DIPTYCH_SIDE_LEFT));
  g_autoptr(GFile) right_file = g_object_ref (diptych_pair_view_get_file (pair_view, DIPTYCH_SIDE_RIGHT));
  DiptychDiff *diff = diptych_pair_view_get_diff (pair_view);
  guint n_changes = diptych_diff_get_n_changes (diff);
  guint inserts = count_op (diff, DIPTYCH_CHANGE_INSERT);
  guint deletes = count_op (diff, DIPTYCH_CHANGE_DELETE);
  guint content = diptych_diff_count_class (diff, DIPTYCH_CHANGE_CLASS_CONTENT);
  guint n_shown = diptych_pair_view_get_n_shown (pair_view);
  guint left_chars = left_extent (diff), right_chars = right_extent (diff);
  g_autoptr(DiptychAnnotation) a = NULL;
  GtkTextBuffer *right_buffer;
  SwapWait wait = { pair_view, right_text };
  gsize start;

  select_words (f, "nearly 90 people");
  mark (f, "casualty");
  a = g_list_model_get_item (G_LIST_MODEL (left_store (f)), 0);
  start = diptych_annotation_get_start (a);
  g_assert_cmpuint (left_chars, !=, right_chars);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.swap-sides", NULL));
  ui_test_wait_until (swapped, &wait);
  ui_test_settle ();

  /* The files. */
  g_assert_true (g_file_equal (diptych_pair_view_get_file (pair_view, DIPTYCH_SIDE_LEFT), right_file));
  g_assert_true (g_file_equal (diptych_pair_view_get_file (pair_view, DIPTYCH_SIDE_RIGHT), left_file));
  g_assert_true (diptych_text_pane_get_text (diptych_pair_view_get_pane (pair_view, DIPTYCH_SIDE_RIGHT)) == left_text);

  /* The diff, mirrored. */
  diff = diptych_pair_view_get_diff (pair_view);
  g_assert_cmpuint (diptych_diff_get_n_changes (diff), ==, n_changes);
  g_assert_cmpuint (count_op (diff, DIPTYCH_CHANGE_INSERT), ==, deletes);
  g_assert_cmpuint (count_op (diff, DIPTYCH_CHANGE_DELETE), ==, inserts);
  g_assert_cmpuint (diptych_diff_count_class (diff, DIPTYCH_CHANGE_CLASS_CONTENT), ==, content);
  g_assert_cmpuint (left_extent (diff), ==, right_chars);
  g_assert_cmpuint (right_extent (diff), ==, left_chars);
  g_assert_cmpuint (diptych_pair_view_get_n_shown (pair_view), ==, n_shown);

  /* The marks: the same documents, the same objects, on their articles. */
  g_assert_true (ui_test_document_on (f->window, DIPTYCH_SIDE_RIGHT) == left_doc);
  g_assert_true (ui_test_document_on (f->window, DIPTYCH_SIDE_LEFT) == right_doc);
  g_assert_true (diptych_annotation_document_get_text (left_doc) == left_text);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diptych_annotation_document_get_store (left_doc))), ==, 1);
  {
    g_autoptr(DiptychAnnotation) still = g_list_model_get_item (G_LIST_MODEL (diptych_annotation_document_get_store (left_doc)), 0);

    g_assert_true (still == a);
  }
  right_buffer = diptych_text_pane_get_buffer (diptych_pair_view_get_pane (pair_view, DIPTYCH_SIDE_RIGHT));
  g_assert_true (has_tag_at (right_buffer, "mark-casualty", start));
  g_assert_false (has_tag_at (diptych_text_pane_get_buffer (diptych_pair_view_get_pane (pair_view, DIPTYCH_SIDE_LEFT)),
                              "mark-casualty", start));
  g_assert_cmpuint (diptych_annotation_sidebar_get_n_rows (DIPTYCH_ANNOTATION_SIDEBAR (diptych_window_get_sidebar (f->window))), ==, 1);

  /* Undo reaches the mark on its new side, redo brings it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diptych_annotation_document_get_store (left_doc))), ==, 0);
  g_assert_false (has_tag_at (right_buffer, "mark-casualty", start));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diptych_annotation_document_get_store (left_doc))), ==, 1);
  g_assert_true (has_tag_at (right_buffer, "mark-casualty", start));

  /* And back. */
  wait.left = left_text;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.swap-sides", NULL));
  ui_test_wait_until (swapped, &wait);
  g_assert_true (ui_test_document_on (f->window, DIPTYCH_SIDE_LEFT) == left_doc);
  g_assert_cmpuint (count_op (diptych_pair_view_get_diff (pair_view), DIPTYCH_CHANGE_INSERT), ==, inserts);
  wait_saved (f, "nearly 90 people", TRUE);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv))
    return g_test_run ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/diptych/annotations/mark-save-undo-redo", test_mark_save_undo_redo);
  ADD ("/diptych/annotations/reopen-and-relocate", test_reopen_and_relocate);
  ADD ("/diptych/annotations/corrupt-sidecar-kept", test_corrupt_sidecar_kept);
  ADD ("/diptych/annotations/read-only-folder", test_read_only_folder);
  ADD ("/diptych/annotations/changed-on-disk-merge", test_changed_on_disk_merge);
  ADD ("/diptych/annotations/next-annotation", test_next_annotation);
  ADD ("/diptych/annotations/sidebar", test_sidebar);
  ADD ("/diptych/annotations/export", test_export);
  ADD ("/diptych/annotations/undo-after-another-pair", test_undo_after_another_pair);
  ADD ("/diptych/annotations/same-file-both-sides", test_same_file_both_sides);
  ADD ("/diptych/annotations/reload-after-article-changed", test_reload_after_article_changed);
  ADD ("/diptych/annotations/mark-rules", test_mark_rules);
  ADD ("/diptych/annotations/changed-mark-accept", test_changed_mark_accept);
  ADD ("/diptych/annotations/swap-sides", test_swap_sides);
#undef ADD

  return g_test_run ();
}
