/* diptych-window-save-diff.c: Save Diff…, the diff shown as a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-window"

#include "config.h"

#include <glib/gi18n.h>

#include "diptych-diff-format.h"
#include "diptych-diff-save.h"
#include "diptych-window-private.h"

/* The classes the window shows: what is saved is what the user sees. */
static guint
shown_classes (DiptychWindow *self)
{
  if (diptych_pair_view_get_show_typography (self->pair_view))
    return DIPTYCH_ALL_CHANGE_CLASSES;
  return DIPTYCH_CHANGE_CLASS_BIT (DIPTYCH_CHANGE_CLASS_CONTENT) |
         DIPTYCH_CHANGE_CLASS_BIT (DIPTYCH_CHANGE_CLASS_PUNCTUATION);
}

/* A name as the user would type it on the command line. */
static char *
file_name_of (DiptychWindow *self,
              DiptychSide    side)
{
  GFile *file = diptych_pair_view_get_file (self->pair_view, side);
  g_autofree char *path = NULL;

  if (file == NULL)
    return g_strdup (side == DIPTYCH_SIDE_LEFT ? "left" : "right");
  path = g_file_get_path (file);
  return path != NULL ? g_steal_pointer (&path) : g_file_get_parse_name (file);
}

/**
 * diptych_window_save_diff_async:
 * @file: where to write
 * @format: plain word diff, JSON or HTML
 *
 * Writes the diff shown (the change classes shown in the window) to @file
 * in a worker thread, as `diptych-cli diff` would print it in @format.
 */
void
diptych_window_save_diff_async (DiptychWindow       *self,
                                GFile               *file,
                                DiptychDiffFormat    format,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  DiptychDiff *diff;
  g_autofree char *left_name = NULL;
  g_autofree char *right_name = NULL;

  g_return_if_fail (DIPTYCH_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  diff = diptych_pair_view_get_diff (self->pair_view);
  if (diff == NULL)
    {
      g_task_report_new_error (self, callback, user_data, diptych_window_save_diff_async,
                               G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                               "%s", _("There is no diff to save"));
      return;
    }

  left_name = file_name_of (self, DIPTYCH_SIDE_LEFT);
  right_name = file_name_of (self, DIPTYCH_SIDE_RIGHT);
  diptych_diff_save_async (diff, file, format, left_name, right_name, shown_classes (self),
                           cancellable, callback, user_data);
}

gboolean
diptych_window_save_diff_finish (DiptychWindow  *self,
                                 GAsyncResult   *result,
                                 GError        **error)
{
  g_return_val_if_fail (DIPTYCH_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_TASK (result), FALSE);

  /* The diff's own task, or the error reported without a diff. */
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
show_message (DiptychWindow *self,
              const char    *message)
{
  g_autofree char *markup = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
}

typedef struct
{
  DiptychWindow *window;
  GFile         *file;
} SaveRequest;

static void
save_request_free (SaveRequest *request)
{
  g_object_unref (request->window);
  g_object_unref (request->file);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SaveRequest, save_request_free)

static void
save_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(SaveRequest) request = user_data;
  DiptychWindow *self = request->window;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  name = g_file_get_parse_name (request->file);
  if (diptych_window_save_diff_finish (self, result, &error))
    message = g_strdup_printf (_("Diff saved to “%s”"), name);
  else
    message = g_strdup_printf (_("Could not save the diff to “%s”: %s"), name, error->message);
  show_message (self, message);
}

static void
save_diff_response_cb (DiptychWindow        *self,
                       int                   response,
                       GtkFileChooserNative *chooser)
{
  GtkFileChooser *file_chooser = GTK_FILE_CHOOSER (chooser);
  DiptychDiffFormat format = DIPTYCH_DIFF_FORMAT_HTML;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (file_chooser)) != NULL)
    {
      SaveRequest *request = g_new0 (SaveRequest, 1);

      diptych_diff_format_from_string (gtk_file_chooser_get_choice (file_chooser, "format"),
                                       &format);
      request->window = g_object_ref (self);
      request->file = g_object_ref (file);
      diptych_window_save_diff_async (self, file, format, NULL, save_done_cb, request);
    }

  g_clear_object (&self->chooser);
}

static void
save_diff_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DiptychWindow *self = DIPTYCH_WINDOW (widget);
  GtkFileChooser *chooser;
  GFile *left = diptych_pair_view_get_file (self->pair_view, DIPTYCH_SIDE_LEFT);
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  const char *ids[] = { "html", "word-diff", "json", NULL };
  const char *labels[] = {
    _("Web page (HTML)"), _("Word diff (plain text)"), _("JSON"), NULL
  };

  if (self->chooser != NULL || diptych_pair_view_get_diff (self->pair_view) == NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Save Diff"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (self->chooser);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_choice (chooser, "format", _("Format"), ids, labels);
  gtk_file_chooser_set_choice (chooser, "format", "html");

  basename = left != NULL ? g_file_get_basename (left) : g_strdup ("diff");
  if (g_strrstr (basename, ".") != NULL && g_strrstr (basename, ".") != basename)
    *g_strrstr (basename, ".") = '\0';
  /* Translators: the suggested file name of a saved diff; %s is the left article's name */
  name = g_strdup_printf (_("%s changes.html"), basename);
  gtk_file_chooser_set_current_name (chooser, name);

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (save_diff_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

void
_diptych_window_class_init_save_diff (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.save-diff", NULL, save_diff_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-diff", NULL);
}
