/* diptych-window-annotations.c: the window's annotation tools: marking,
 * undoing, saving state, saving elsewhere, exporting, closing safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-window"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>

#include "diptych-export.h"
#include "diptych-text-file.h"
#include "diptych-window-private.h"


static DiptychAnnotationDocument *
document_of (DiptychWindow *self,
             DiptychSide    side)
{
  return self->documents[side];
}

static DiptychSide
side_of_target (GVariant *parameter)
{
  return g_str_equal (g_variant_get_string (parameter, NULL), "left") ? DIPTYCH_SIDE_LEFT
                                                                       : DIPTYCH_SIDE_RIGHT;
}

static void     update_problem_banner (DiptychWindow *self);
static gboolean in_sandbox            (void);
static gboolean is_permission_error   (const GError  *error);

static void
update_save_state (DiptychWindow *self)
{
  const char *text = "";
  g_autoptr(GString) problems = g_string_new (NULL);
  gboolean pending = FALSE, any = FALSE;

  for (guint side = 0; side < 2; side++)
    {
      DiptychAnnotationDocument *document = document_of (self, side);

      /* One file on both sides: one document, said once. */
      if (document == NULL || (side == DIPTYCH_SIDE_RIGHT && document == document_of (self, DIPTYCH_SIDE_LEFT)))
        continue;

      switch (diptych_annotation_document_get_state (document))
        {
        case DIPTYCH_DOCUMENT_STATE_MODIFIED:
        case DIPTYCH_DOCUMENT_STATE_SAVING:
          pending = TRUE;
          any = TRUE;
          break;
        case DIPTYCH_DOCUMENT_STATE_SAVED:
          /* Say "saved" only where there is something saved. */
          any |= diptych_annotation_document_get_sidecar_exists (document);
          break;
        case DIPTYCH_DOCUMENT_STATE_FAILED:
        case DIPTYCH_DOCUMENT_STATE_CONFLICT:
        case DIPTYCH_DOCUMENT_STATE_READ_ONLY:
          if (problems->len > 0)
            g_string_append_c (problems, '\n');
          g_string_append (problems, diptych_annotation_document_get_error (document)->message);
          any = TRUE;
          break;
        case DIPTYCH_DOCUMENT_STATE_EMPTY:
        case DIPTYCH_DOCUMENT_STATE_LOADING:
        default:
          break;
        }
    }

  if (problems->len > 0)
    text = _("Annotations Not Saved");
  else if (pending)
    text = _("Saving…");
  else if (any)
    text = _("Annotations Saved");

  gtk_label_set_label (self->save_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_label), problems->len ? problems->str : NULL);
  if (problems->len > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->save_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->save_label), "error");
  update_problem_banner (self);
}

static gboolean
has_problem (DiptychAnnotationDocument *document)
{
  DiptychDocumentState state = diptych_annotation_document_get_state (document);

  return state == DIPTYCH_DOCUMENT_STATE_FAILED || state == DIPTYCH_DOCUMENT_STATE_CONFLICT ||
         state == DIPTYCH_DOCUMENT_STATE_READ_ONLY;
}

/* Whatever keeps annotations from their sidecar, said whole (file and
 * line:column) in a banner over the articles for as long as it lasts, with
 * what the user can do about the first: merge with what someone else
 * saved, or save elsewhere.
 */
static void
update_problem_banner (DiptychWindow *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  DiptychAnnotationDocument *first = NULL;
  DiptychSide first_side = DIPTYCH_SIDE_LEFT;

  for (guint side = 0; side < 2; side++)
    {
      DiptychAnnotationDocument *document = document_of (self, side);

      if (document == NULL || !has_problem (document) ||
          (side == DIPTYCH_SIDE_RIGHT && document == document_of (self, DIPTYCH_SIDE_LEFT)))
        continue;
      if (first == NULL)
        {
          first = document;
          first_side = side;
        }
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, diptych_annotation_document_get_error (document)->message);
    }

  if (first != NULL)
    {
      DiptychDocumentState state = diptych_annotation_document_get_state (first);
      const char *label = _("_Save As…");
      const char *action = "win.save-annotations-as";

      /* Someone else saved: merge both. The sandbox may read the article but
       * not write beside it: ask for its folder. Anything else: save
       * elsewhere.
       */
      if (state == DIPTYCH_DOCUMENT_STATE_CONFLICT)
        {
          label = _("_Merge");
          action = "win.merge-annotations";
        }
      else if (state == DIPTYCH_DOCUMENT_STATE_FAILED && in_sandbox () &&
               is_permission_error (diptych_annotation_document_get_error (first)))
        {
          label = _("_Allow Access…");
          action = "win.allow-folder-access";
        }

      g_string_append_c (text, '\n');
      g_string_append (text, _("Your annotations are kept while this window is open."));
      gtk_label_set_label (self->problem_label, text->str);
      gtk_button_set_label (self->problem_button, label);
      /* The target first: the name is checked against it. */
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->problem_button), "s",
                                        first_side == DIPTYCH_SIDE_LEFT ? "left" : "right");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->problem_button), action);
    }
  gtk_revealer_set_reveal_child (self->problem_banner, first != NULL);
}

/* Folder access in the Flatpak sandbox. The file chooser portal grants the
 * articles picked, not their folder, so a sidecar beside an article cannot
 * be created. A folder picked in the portal's folder chooser is granted
 * (and the grant lasts): the window asks for the article's folder once,
 * remembers the folder it was given in GSettings ("folder-grants": the
 * article's folder as the app sees it → the granted folder), and saves the
 * sidecar there.
 */

static gboolean
in_sandbox (void)
{
  return g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS);
}

/* The sidecar could not be written for lack of permission (not because
 * it changed on disk or is of a newer version).
 */
static gboolean
is_permission_error (const GError *error)
{
  if (error == NULL)
    return FALSE;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    return TRUE;
  return g_error_matches (error, DIPTYCH_SIDECAR_ERROR, DIPTYCH_SIDECAR_ERROR_WRITE) &&
         (strstr (error->message, g_strerror (EACCES)) != NULL ||
          strstr (error->message, g_strerror (EPERM)) != NULL ||
          strstr (error->message, g_strerror (EROFS)) != NULL);
}

static char *
article_folder_path (DiptychAnnotationDocument *document)
{
  g_autoptr(GFile) parent = g_file_get_parent (diptych_annotation_document_get_file (document));

  return parent != NULL ? g_file_get_path (parent) : NULL;
}

/* The sidecar's place in @folder: the same name as beside the article. */
static GFile *
sidecar_in_folder (DiptychAnnotationDocument *document,
                   GFile                     *folder)
{
  g_autofree char *name = g_file_get_basename (diptych_annotation_document_get_file (document));
  g_autofree char *sidecar = g_strconcat (name, ".annotations.json", NULL);

  return g_file_get_child (folder, sidecar);
}

static GFile *
lookup_folder_grant (DiptychWindow             *self,
                     DiptychAnnotationDocument *document)
{
  g_autoptr(GVariant) grants = g_settings_get_value (self->settings, "folder-grants");
  g_autofree char *folder = article_folder_path (document);
  const char *granted = NULL;

  if (folder == NULL || !g_variant_lookup (grants, folder, "&s", &granted) ||
      !g_file_test (granted, G_FILE_TEST_IS_DIR))
    return NULL;
  return g_file_new_for_path (granted);
}

static void
remember_folder_grant (DiptychWindow             *self,
                       DiptychAnnotationDocument *document,
                       GFile                     *granted)
{
  g_autoptr(GVariant) grants = g_settings_get_value (self->settings, "folder-grants");
  g_autofree char *folder = article_folder_path (document);
  g_autofree char *granted_path = g_file_get_path (granted);
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{ss}"));
  GVariantIter iter;
  const char *key, *value;

  if (folder == NULL || granted_path == NULL)
    return;
  g_variant_iter_init (&iter, grants);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &value))
    {
      if (!g_str_equal (key, folder))
        g_variant_builder_add (&builder, "{ss}", key, value);
    }
  g_variant_builder_add (&builder, "{ss}", folder, granted_path);
  g_settings_set_value (self->settings, "folder-grants", g_variant_builder_end (&builder));
}

static void granted_save_cb (GObject      *object,
                             GAsyncResult *result,
                             gpointer      user_data);

/* Saves @document's sidecar inside @folder, which the portal granted. */
static void
save_in_granted_folder (DiptychWindow             *self,
                        DiptychAnnotationDocument *document,
                        GFile                     *folder)
{
  g_autoptr(GFile) sidecar = sidecar_in_folder (document, folder);

  g_object_set_data_full (G_OBJECT (document), "diptych-granted-folder", g_object_ref (folder),
                          g_object_unref);
  diptych_annotation_document_save_as_async (document, sidecar, NULL, granted_save_cb,
                                             g_object_ref (self));
}

static void
document_state_changed_cb (DiptychWindow             *self,
                           GParamSpec                *pspec,
                           DiptychAnnotationDocument *document)
{
  DiptychDocumentState state = diptych_annotation_document_get_state (document);
  const GError *error = diptych_annotation_document_get_error (document);

  /* In the sandbox, a folder granted before is used without asking again;
   * once per document, so that a grant that no longer works is asked anew.
   */
  if (state == DIPTYCH_DOCUMENT_STATE_FAILED && in_sandbox () && is_permission_error (error) &&
      g_object_get_data (G_OBJECT (document), "diptych-granted-folder") == NULL)
    {
      g_autoptr(GFile) granted = lookup_folder_grant (self, document);

      if (granted != NULL)
        {
          save_in_granted_folder (self, document, granted);
          return;
        }
    }
  update_save_state (self);
}

/* An article changed on disk: offer to show it as it is now. */
static void
update_changed_banner (DiptychWindow *self)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *message = NULL;
  guint n = 0;

  for (guint side = 0; side < 2; side++)
    {
      DiptychAnnotationDocument *document = document_of (self, side);
      g_autofree char *name = NULL;

      if (document == NULL || !diptych_annotation_document_get_article_changed (document) ||
          (side == DIPTYCH_SIDE_RIGHT && document == document_of (self, DIPTYCH_SIDE_LEFT)))
        continue;
      name = g_file_get_basename (diptych_annotation_document_get_file (document));
      if (n++ > 0)
        g_string_append (names, _("” and “"));
      g_string_append (names, name);
    }

  if (n > 0)
    {
      /* Translators: “story.txt” changed on disk… (or “a.txt” and “b.txt”) */
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "“%s” changed on disk. Reload to compare and annotate it as it is now; your annotations are kept.",
                                              "“%s” changed on disk. Reload to compare and annotate them as they are now; your annotations are kept.",
                                              n),
                                 names->str);
      gtk_label_set_label (self->changed_label, message);
    }
  gtk_revealer_set_reveal_child (self->changed_banner, n > 0);
}

static void
reload_pair_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DiptychWindow *self = DIPTYCH_WINDOW (widget);
  g_autoptr(GFile) left = NULL;
  g_autoptr(GFile) right = NULL;

  if (diptych_pair_view_get_file (self->pair_view, DIPTYCH_SIDE_LEFT) != NULL)
    left = g_object_ref (diptych_pair_view_get_file (self->pair_view, DIPTYCH_SIDE_LEFT));
  if (diptych_pair_view_get_file (self->pair_view, DIPTYCH_SIDE_RIGHT) != NULL)
    right = g_object_ref (diptych_pair_view_get_file (self->pair_view, DIPTYCH_SIDE_RIGHT));
  gtk_revealer_set_reveal_child (self->changed_banner, FALSE);
  diptych_window_open_pair (self, left, right);
}

/* Documents */

static void attach_again_cb (GObject      *object,
                             GAsyncResult *result,
                             gpointer      user_data);

static DiptychAnnotationDocument *
find_document (DiptychAnnotationDocument **documents,
               GFile                      *file)
{
  for (guint side = 0; side < 2; side++)
    if (documents[side] != NULL && g_file_equal (diptych_annotation_document_get_file (documents[side]), file))
      return documents[side];
  return NULL;
}

static DiptychAnnotationDocument *
new_document (DiptychWindow *self,
              GFile         *file)
{
  DiptychAnnotationDocument *document = diptych_annotation_document_new (file);

  /* In the sandbox, marks saved in a granted folder are read from there. */
  if (in_sandbox ())
    {
      g_autoptr(GFile) granted = lookup_folder_grant (self, document);
      g_autoptr(GFile) sidecar = granted != NULL ? sidecar_in_folder (document, granted) : NULL;

      if (sidecar != NULL && g_file_query_exists (sidecar, NULL) &&
          !g_file_query_exists (diptych_annotation_document_get_sidecar_file (document), NULL))
        diptych_annotation_document_set_sidecar_file (document, sidecar);
    }

  g_settings_bind (self->settings, "autosave-delay", document, "autosave-delay", G_SETTINGS_BIND_GET);
  g_signal_connect_object (document, "notify::state", G_CALLBACK (document_state_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::article-changed", G_CALLBACK (update_changed_banner), self,
                           G_CONNECT_SWAPPED);
  return document;
}

/* An article that is no longer shown: what is not saved goes to disk (the
 * save holds the document until it is done), and no undo reaches it.
 */
static void
close_document (DiptychWindow             *self,
                DiptychAnnotationDocument *document)
{
  g_signal_handlers_disconnect_by_data (document, self);
  diptych_annotation_history_forget (self->history, document);
  if (diptych_annotation_document_get_modified (document))
    diptych_annotation_document_save_async (document, NULL, NULL, NULL);
}

/**
 * _diptych_window_attach_documents:
 *
 * Gives each article shown its document, loaded for the text shown: the
 * same document when both sides show one file (it never conflicts with
 * itself), the document it had when the same file is shown again (a
 * reload then places its marks in the new text).
 */
void
_diptych_window_attach_documents (DiptychWindow *self)
{
  DiptychAnnotationDocument *wanted[2] = { NULL, NULL };

  for (guint side = 0; side < 2; side++)
    {
      DiptychText *text = diptych_text_pane_get_text (diptych_pair_view_get_pane (self->pair_view, side));
      GFile *file = text != NULL ? diptych_text_get_file (text) : NULL;
      DiptychAnnotationDocument *document;

      /* A text without a file (tests) has no sidecar. */
      if (file == NULL)
        continue;

      document = find_document (wanted, file);
      if (document == NULL)
        document = find_document (self->documents, file);
      wanted[side] = document != NULL ? g_object_ref (document) : new_document (self, file);
    }

  for (guint side = 0; side < 2; side++)
    {
      DiptychAnnotationDocument *old = self->documents[side];

      if (old != NULL && old != wanted[0] && old != wanted[1] &&
          (side == DIPTYCH_SIDE_LEFT || old != self->documents[DIPTYCH_SIDE_LEFT]))
        close_document (self, old);
    }

  for (guint side = 0; side < 2; side++)
    {
      DiptychText *text = diptych_text_pane_get_text (diptych_pair_view_get_pane (self->pair_view, side));

      g_clear_object (&self->documents[side]);
      self->documents[side] = wanted[side];
      /* One file on both sides: the left text is the document's. */
      if (wanted[side] != NULL &&
          (side == DIPTYCH_SIDE_LEFT || wanted[side] != wanted[DIPTYCH_SIDE_LEFT]) &&
          diptych_annotation_document_get_text (wanted[side]) != text &&
          diptych_annotation_document_get_state (wanted[side]) != DIPTYCH_DOCUMENT_STATE_LOADING)
        diptych_annotation_document_load_async (wanted[side], text, NULL, attach_again_cb,
                                                g_object_ref (self));
      diptych_annotation_layer_set_document (diptych_text_pane_get_layer (diptych_pair_view_get_pane (self->pair_view, side)),
                                             wanted[side]);
    }

  update_save_state (self);
  update_changed_banner (self);
  _diptych_window_update_suggestions (self);
}

/* The text shown may have changed again while a document loaded. */
static void
attach_again_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(DiptychWindow) self = user_data;

  diptych_annotation_document_load_finish (DIPTYCH_ANNOTATION_DOCUMENT (object), result, NULL);
  if (self->history != NULL)
    _diptych_window_attach_documents (self);
}

static void
update_mark_actions (DiptychWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 diptych_mark_controller_can_undo (self->marks));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 diptych_mark_controller_can_redo (self->marks));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-annotation",
                                 diptych_mark_controller_get_selected (self->marks, NULL) != NULL);
}

static void
annotation_removed_cb (DiptychWindow     *self,
                       DiptychAnnotation *annotation)
{
  AdwToast *toast = adw_toast_new (_("Annotation deleted"));

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
mark_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DiptychWindow *self = DIPTYCH_WINDOW (widget);
  DiptychAnnotationKind kind;
  g_autoptr(GError) error = NULL;

  if (!diptych_annotation_kind_from_string (g_variant_get_string (parameter, NULL), &kind))
    return;

  if (diptych_mark_controller_mark (self->marks, kind, &error) == NULL)
    adw_toast_overlay_add_toast (self->toast_overlay,
                                 adw_toast_new (error != NULL ? error->message
                                                              : _("Select some text in an article to mark it")));
  else
    /* The new mark's editor is in the sidebar. */
    _diptych_window_show_sidebar (self);
}

static void
delete_annotation_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  diptych_mark_controller_delete (DIPTYCH_WINDOW (widget)->marks);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  diptych_mark_controller_undo (DIPTYCH_WINDOW (widget)->marks);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  diptych_mark_controller_redo (DIPTYCH_WINDOW (widget)->marks);
}

static void
toggle_sidebar_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  _diptych_window_toggle_sidebar (DIPTYCH_WINDOW (widget));
}

/* From the article to the selected mark's fields. */
static void
focus_editor_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DiptychWindow *self = DIPTYCH_WINDOW (widget);
  DiptychAnnotationEditor *editor = diptych_annotation_sidebar_get_editor (DIPTYCH_ANNOTATION_SIDEBAR (self->sidebar));

  if (diptych_mark_controller_get_selected (self->marks, NULL) == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Select a mark to edit: Tab goes to the next one")));
      return;
    }
  _diptych_window_show_sidebar (self);
  diptych_annotation_editor_focus_first (editor);
}

static void
next_annotation_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  int direction = g_str_equal (action_name, "win.next-annotation") ? 1 : -1;

  /* Tab goes through suggestions too, in text order with the marks. */
  if (!_diptych_window_next_suggestion (DIPTYCH_WINDOW (widget), direction))
    diptych_mark_controller_select_next (DIPTYCH_WINDOW (widget)->marks, direction);
}

/* Single keys mark the selection, but only in the article views: they must
 * still type in entries.
 */
static void
add_view_shortcuts (DiptychWindow *self,
                    GtkWidget     *view)
{
  static const struct {
    guint           key;
    GdkModifierType modifiers;
    const char     *action;
    const char     *target;
  } keys[] = {
    { GDK_KEY_s, 0, "win.mark", "source" },
    { GDK_KEY_c, 0, "win.mark", "claim" },
    { GDK_KEY_k, 0, "win.mark", "casualty" },
    { GDK_KEY_Delete, 0, "win.delete-annotation", NULL },
    { GDK_KEY_Tab, 0, "win.next-annotation", NULL },
    { GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK, "win.previous-annotation", NULL },
    /* Before the text view's own Alt+arrows (paragraph moves). */
    { GDK_KEY_Down, GDK_ALT_MASK, "win.next-change", NULL },
    { GDK_KEY_Up, GDK_ALT_MASK, "win.previous-change", NULL },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, keys[i].modifiers),
                                                gtk_named_action_new (keys[i].action));

      if (keys[i].target != NULL)
        gtk_shortcut_set_arguments (shortcut, g_variant_new_string (keys[i].target));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }
  gtk_widget_add_controller (view, controller);

  /* The same in the context menu, for the mouse. */
  g_menu_append (section, _("Mark as _Source"), "win.mark::source");
  g_menu_append (section, _("Mark as _Claim"), "win.mark::claim");
  g_menu_append (section, _("Mark as Casualty _Figure"), "win.mark::casualty");
  g_menu_append (section, _("_Delete Mark"), "win.delete-annotation");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  gtk_text_view_set_extra_menu (GTK_TEXT_VIEW (view), G_MENU_MODEL (menu));
}

/* Saving elsewhere, when the sidecar beside the article cannot be written */

static void
show_toast (DiptychWindow *self,
            const char    *message)
{
  g_autofree char *markup = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
}

static void
saved_as_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  DiptychAnnotationDocument *document = DIPTYCH_ANNOTATION_DOCUMENT (object);
  g_autoptr(DiptychWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_parse_name (diptych_annotation_document_get_sidecar_file (document));
  g_autofree char *message = NULL;

  if (diptych_annotation_document_save_as_finish (document, result, &error))
    {
      /* Saved from the close dialog: on with closing. */
      if (self->close_after_save_as)
        {
          self->close_after_save_as = FALSE;
          gtk_window_close (GTK_WINDOW (self));
          return;
        }
      message = g_strdup_printf (_("Annotations saved to “%s”; later changes are saved there too"), name);
    }
  else
    {
      self->close_after_save_as = FALSE;
      message = g_strdup_printf (_("Could not save the annotations: %s"), error->message);
    }
  show_toast (self, message);
}

static void
save_as_response_cb (DiptychWindow        *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  DiptychAnnotationDocument *document = g_object_get_data (G_OBJECT (chooser), "document");
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && document != NULL)
    {
      /* The chooser asked before replacing a file. */
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      diptych_annotation_document_save_as_async (document, file, NULL, saved_as_cb, g_object_ref (self));
    }
  else
    self->close_after_save_as = FALSE;
  g_clear_object (&self->chooser);
}

static void
merged_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(DiptychWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (diptych_annotation_document_merge_finish (DIPTYCH_ANNOTATION_DOCUMENT (object), result, &error))
    show_toast (self, _("Annotations merged with the saved ones"));
  else
    {
      message = g_strdup_printf (_("Could not merge the annotations: %s"), error->message);
      show_toast (self, message);
    }
}

static void
merge_annotations_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  DiptychWindow *self = DIPTYCH_WINDOW (widget);
  DiptychAnnotationDocument *document = document_of (self, side_of_target (parameter));

  if (document == NULL)
    return;
  diptych_mark_controller_select (self->marks, side_of_target (parameter), NULL);
  diptych_annotation_document_merge_async (document, NULL, merged_cb, g_object_ref (self));
}

static void
save_annotations_as_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  DiptychWindow *self = DIPTYCH_WINDOW (widget);
  DiptychAnnotationDocument *document = document_of (self, side_of_target (parameter));
  g_autofree char *name = NULL;

  if (self->chooser != NULL || document == NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Save Annotations As"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  name = g_file_get_basename (diptych_annotation_document_get_sidecar_file (document));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_object_set_data_full (G_OBJECT (self->chooser), "document", g_object_ref (document), g_object_unref);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (save_as_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
granted_save_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  DiptychAnnotationDocument *document = DIPTYCH_ANNOTATION_DOCUMENT (object);
  g_autoptr(DiptychWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GFile *folder = g_object_get_data (G_OBJECT (document), "diptych-granted-folder");

  if (diptych_annotation_document_save_as_finish (document, result, &error))
    {
      if (folder != NULL)
        remember_folder_grant (self, document, folder);
      return;
    }
  message = g_strdup_printf (_("Could not save the annotations: %s"), error->message);
  show_toast (self, message);
}

static void
folder_chosen_cb (DiptychWindow        *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  DiptychAnnotationDocument *document = g_object_get_data (G_OBJECT (chooser), "document");
  g_autoptr(GFile) folder = NULL;

  if (response == GTK_RESPONSE_ACCEPT && document != NULL)
    {
      /* The portal gives a path of its own that maps to the folder chosen. */
      folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (folder != NULL)
        save_in_granted_folder (self, document, folder);
    }
  g_clear_object (&self->chooser);
}

static void
allow_access_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          DiptychWindow    *self)
{
  DiptychAnnotationDocument *document = g_object_get_data (G_OBJECT (dialog), "document");
  g_autoptr(GFile) folder = NULL;

  if (!g_str_equal (response, "choose") || document == NULL || self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Allow Access to the Article’s Folder"),
                                               GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                               _("_Allow"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  folder = g_file_get_parent (diptych_annotation_document_get_file (document));
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  g_object_set_data_full (G_OBJECT (self->chooser), "document", g_object_ref (document), g_object_unref);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (folder_chosen_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Says why before the folder chooser opens: a portal's chooser has no room
 * for it.
 */
static void
allow_folder_access_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  DiptychWindow *self = DIPTYCH_WINDOW (widget);
  DiptychAnnotationDocument *document = document_of (self, side_of_target (parameter));
  g_autofree char *name = NULL;
  GtkWidget *dialog;

  if (document == NULL || self->chooser != NULL)
    return;

  name = g_file_get_basename (diptych_annotation_document_get_file (document));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Allow Access to the Folder?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
    _("Diptych saves the annotations of “%s” beside it, as “%s.annotations.json”. "
      "As a Flatpak it may open the articles you choose, but not write into their folder. "
      "Choose the folder that holds “%s” to allow it; Diptych remembers the folder and "
      "does not ask again."), name, name, name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Not Now"),
                                    "choose", _("_Choose Folder…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "choose",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "choose");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "document", g_object_ref (document), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (allow_access_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Export */

/* The name in Preferences, or the user's real name. */
static char *
annotator_name (DiptychWindow *self)
{
  g_autofree char *name = g_settings_get_string (self->settings, "annotator-name");

  g_strstrip (name);
  if (name[0] != '\0')
    return g_steal_pointer (&name);
  if (g_strcmp0 (g_get_real_name (), "Unknown") != 0)
    return g_strdup (g_get_real_name ());
  return NULL;
}

/**
 * diptych_window_export:
 * @folder: where to write
 * @format: the export format
 * @options: (nullable): how to write it; a %NULL creator is the annotator
 *   name from Preferences, or the user's real name
 * @n_overlaps: (out) (optional): how many exported annotations overlap
 *   another (doccano drops them unless its project allows overlaps)
 * @error: the first failure
 *
 * Exports the annotations of both articles into @folder.
 *
 * Returns: the number of articles exported, or -1 with @error set
 */
int
diptych_window_export (DiptychWindow              *self,
                       GFile                      *folder,
                       DiptychExportFormat         format,
                       const DiptychExportOptions *options,
                       guint                      *n_overlaps,
                       GError                    **error)
{
  DiptychExportOptions with_creator = { 0 };
  g_autofree char *creator = NULL;
  guint overlaps = 0;
  int n = 0;

  g_return_val_if_fail (DIPTYCH_IS_WINDOW (self), -1);

  if (options != NULL)
    with_creator = *options;
  if (with_creator.creator == NULL)
    with_creator.creator = creator = annotator_name (self);

  for (guint side = 0; side < 2; side++)
    {
      DiptychAnnotationDocument *document = document_of (self, side);
      DiptychAnnotationStore *store = document ? diptych_annotation_document_get_store (document) : NULL;

      if (store == NULL || g_list_model_get_n_items (G_LIST_MODEL (store)) == 0 ||
          (side == DIPTYCH_SIDE_RIGHT && document == document_of (self, DIPTYCH_SIDE_LEFT)))
        continue;
      if (!diptych_export_to_folder (store, format, &with_creator, folder, error))
        return -1;
      overlaps += diptych_export_count_overlaps (store);
      n++;
    }
  if (n_overlaps != NULL)
    *n_overlaps = overlaps;
  return n;
}

static gboolean
get_boolean_choice (GtkFileChooser *chooser,
                    const char     *id)
{
  return g_strcmp0 (gtk_file_chooser_get_choice (chooser, id), "true") == 0;
}

static void
warn_about_overlaps (DiptychWindow *self,
                     guint          overlaps)
{
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u annotation overlaps another (a claim that holds a "
                                       "figure, say). doccano imports it only into a project "
                                       "with “Allow overlapping spans” on, and drops it without "
                                       "a word otherwise.",
                                       "%u annotations overlap others (a claim that holds a "
                                       "figure, say). doccano imports them only into a project "
                                       "with “Allow overlapping spans” on, and drops them without "
                                       "a word otherwise.", overlaps),
                          overlaps);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Overlapping Annotations"), body));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_response_cb (DiptychWindow        *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  GtkFileChooser *file_chooser = GTK_FILE_CHOOSER (chooser);
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  const char *format_name;
  DiptychExportFormat format = DIPTYCH_EXPORT_CSV;
  DiptychExportOptions options = { 0 };
  g_autofree char *message = NULL;
  g_autofree char *folder_name = NULL;
  guint overlaps = 0;
  int n;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;

  folder = gtk_file_chooser_get_file (file_chooser);
  format_name = gtk_file_chooser_get_choice (file_chooser, "format");
  if (format_name != NULL)
    diptych_export_format_from_string (format_name, &format);
  options.csv_bom = get_boolean_choice (file_chooser, "csv-bom");
  options.brat_lf = get_boolean_choice (file_chooser, "brat-lf");
  options.doccano_relations = get_boolean_choice (file_chooser, "doccano-relations");

  folder_name = g_file_get_parse_name (folder);
  n = diptych_window_export (self, folder, format, &options, &overlaps, &error);
  if (n < 0)
    message = g_strdup_printf (_("Could not export into “%s”: %s"), folder_name, error->message);
  else if (n == 0)
    message = g_strdup (_("There are no annotations to export"));
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Annotations of %d article exported to “%s”",
                                            "Annotations of %d articles exported to “%s”", n),
                               n, folder_name);
  {
    g_autofree char *markup = g_markup_escape_text (message, -1);

    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
  }
  if (n > 0 && format == DIPTYCH_EXPORT_DOCCANO && overlaps > 0)
    warn_about_overlaps (self, overlaps);

out:
  g_clear_object (&self->chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DiptychWindow *self = DIPTYCH_WINDOW (widget);
  GtkFileChooser *chooser;
  const char *ids[] = { "csv", "w3c", "brat", "doccano", NULL };
  const char *labels[] = {
    _("CSV (spreadsheets, pandas)"), _("W3C Web Annotations (JSON-LD)"),
    _("brat standoff"), _("doccano JSONL"), NULL
  };

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Export Annotations to a Folder"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                               _("_Export"), _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (self->chooser);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_choice (chooser, "format", _("Format"), ids, labels);
  gtk_file_chooser_set_choice (chooser, "format", "csv");
  /* Boolean choices; each applies to one format and the others ignore it. */
  gtk_file_chooser_add_choice (chooser, "csv-bom",
                               _("CSV: byte-order mark for spreadsheets"), NULL, NULL);
  gtk_file_chooser_add_choice (chooser, "brat-lf",
                               _("brat: LF line ends (brat’s web client miscounts CRLF)"), NULL, NULL);
  gtk_file_chooser_add_choice (chooser, "doccano-relations",
                               _("doccano: entities and relations"), NULL, NULL);
  gtk_file_chooser_set_choice (chooser, "csv-bom", "false");
  gtk_file_chooser_set_choice (chooser, "brat-lf", "false");
  gtk_file_chooser_set_choice (chooser, "doccano-relations", "false");
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (export_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
discard_response_cb (DiptychWindow    *self,
                     const char       *response,
                     AdwMessageDialog *dialog)
{
  if (g_str_equal (response, "discard"))
    {
      self->closing_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "save-as"))
    {
      /* The window closes once it is saved (saved_as_cb). */
      self->close_after_save_as = TRUE;
      gtk_widget_activate_action (GTK_WIDGET (self), "win.save-annotations-as", "s",
                                  g_object_get_data (G_OBJECT (dialog), "side"));
    }
}

static void
ask_before_discarding (DiptychWindow *self)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  AdwMessageDialog *dialog;
  const char *first_side = NULL;

  for (guint side = 0; side < 2; side++)
    {
      DiptychAnnotationDocument *document = document_of (self, side);

      if (document == NULL || !diptych_annotation_document_get_modified (document) ||
          (side == DIPTYCH_SIDE_RIGHT && document == document_of (self, DIPTYCH_SIDE_LEFT)))
        continue;
      if (first_side == NULL && diptych_annotation_document_get_error (document) != NULL)
        first_side = side == DIPTYCH_SIDE_LEFT ? "left" : "right";
      if (problems->len > 0)
        g_string_append (problems, "\n\n");
      if (diptych_annotation_document_get_error (document) != NULL)
        g_string_append (problems, diptych_annotation_document_get_error (document)->message);
    }
  if (problems->len == 0)
    {
      self->closing_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Annotations Could Not Be Saved"),
                                                       problems->str));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Keep Window Open"),
                                    "discard", _("_Discard Annotations"),
                                    "save-as", _("_Save As…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save-as", ADW_RESPONSE_SUGGESTED);
  g_object_set_data (G_OBJECT (dialog), "side", (gpointer)first_side);
  adw_message_dialog_set_default_response (dialog, "save-as");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
closing_save_done_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(DiptychWindow) self = user_data;

  diptych_annotation_document_save_finish (DIPTYCH_ANNOTATION_DOCUMENT (object), result, NULL);
  if (--self->n_closing_saves == 0)
    ask_before_discarding (self);
}

/* Saves what is not saved before the window goes, then closes it; when
 * something cannot be saved, asks before it is lost with the window.
 *
 * Returns: whether the window may close now
 */
gboolean
_diptych_window_confirm_close (DiptychWindow *self)
{
  if (self->closing_confirmed)
    return TRUE;
  if (self->n_closing_saves > 0)
    return FALSE;

  for (guint side = 0; side < 2; side++)
    {
      DiptychAnnotationDocument *document = document_of (self, side);

      if (document == NULL || !diptych_annotation_document_get_modified (document) ||
          (side == DIPTYCH_SIDE_RIGHT && document == document_of (self, DIPTYCH_SIDE_LEFT)))
        continue;
      self->n_closing_saves++;
      diptych_annotation_document_save_async (document, NULL, closing_save_done_cb, g_object_ref (self));
    }
  return self->n_closing_saves == 0;
}

void
_diptych_window_class_init_annotations (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.mark", "s", mark_action);
  gtk_widget_class_install_action (widget_class, "win.delete-annotation", NULL,
                                   delete_annotation_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.next-annotation", NULL,
                                   next_annotation_action);
  gtk_widget_class_install_action (widget_class, "win.previous-annotation", NULL,
                                   next_annotation_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, toggle_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.focus-editor", NULL, focus_editor_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.save-annotations-as", "s",
                                   save_annotations_as_action);
  gtk_widget_class_install_action (widget_class, "win.merge-annotations", "s",
                                   merge_annotations_action);
  gtk_widget_class_install_action (widget_class, "win.allow-folder-access", "s",
                                   allow_folder_access_action);
  gtk_widget_class_install_action (widget_class, "win.reload-pair", NULL, reload_pair_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-sidebar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "win.focus-editor", NULL);
  _diptych_window_class_init_suggestions (widget_class);
}

void
_diptych_window_init_annotations (DiptychWindow *self)
{
  self->history = diptych_annotation_history_new ();
  self->marks = diptych_mark_controller_new (self->pair_view, self->history);
  g_signal_connect_object (self->marks, "changed", G_CALLBACK (update_mark_actions), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->marks, "removed", G_CALLBACK (annotation_removed_cb), self,
                           G_CONNECT_SWAPPED);
  for (guint side = 0; side < 2; side++)
    add_view_shortcuts (self, GTK_WIDGET (diptych_text_pane_get_view (diptych_pair_view_get_pane (self->pair_view, side))));
  update_mark_actions (self);
  update_save_state (self);

  self->sidebar = diptych_annotation_sidebar_new (self->pair_view, self->marks);
  /* Beside the articles, or over them in a narrow window (diptych-window.c). */
  gtk_widget_add_css_class (self->sidebar, "background");
  adw_flap_set_flap (self->flap, self->sidebar);
  _diptych_window_init_suggestions (self);
}

/* The window goes: what it did not save (the user chose to discard, or it
 * never closed properly) stays unsaved; no callback may find it again.
 */
void
_diptych_window_dispose_annotations (DiptychWindow *self)
{
  _diptych_window_dispose_suggestions (self);
  for (guint side = 0; side < 2; side++)
    {
      if (self->documents[side] != NULL)
        g_signal_handlers_disconnect_by_data (self->documents[side], self);
      g_clear_object (&self->documents[side]);
    }
  g_clear_object (&self->marks);
  g_clear_object (&self->history);
}
