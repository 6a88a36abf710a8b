/* diptych-text-pane.c: one side of a pair: title, text or what went wrong
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-text-pane"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "diptych-text-pane.h"
#include "diptych-annotation-layer.h"
#include "diptych-change-map.h"
#include "diptych-text-file.h"

struct _DiptychTextPane
{
  GtkWidget        parent_instance;

  DiptychSide      side;
  DiptychText     *text;
  gsize            filled;  /* bytes of the text in the buffer; G_MAXSIZE: all */
  GFile           *file;
  char            *error_message;

  GtkLabel        *title_label;
  GtkLabel        *path_label;
  GtkStack        *stack;
  AdwStatusPage   *empty_page;
  AdwStatusPage   *error_page;
  GtkButton       *open_button;
  GtkButton       *retry_button;
  DiptychTextView *view;
  DiptychChangeMap *change_map;

  DiptychAnnotationLayer *layer;
};

G_DEFINE_FINAL_TYPE (DiptychTextPane, diptych_text_pane, GTK_TYPE_WIDGET)

static void
diptych_text_pane_dispose (GObject *object)
{
  DiptychTextPane *self = (DiptychTextPane *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), DIPTYCH_TYPE_TEXT_PANE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->text);
  g_clear_object (&self->layer);
  g_clear_object (&self->file);
  g_clear_pointer (&self->error_message, g_free);

  G_OBJECT_CLASS (diptych_text_pane_parent_class)->dispose (object);
}

static void
diptych_text_pane_class_init (DiptychTextPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = diptych_text_pane_dispose;

  g_type_ensure (DIPTYCH_TYPE_TEXT_VIEW);
  g_type_ensure (DIPTYCH_TYPE_CHANGE_MAP);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/diptych-text-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, DiptychTextPane, title_label);
  gtk_widget_class_bind_template_child (widget_class, DiptychTextPane, path_label);
  gtk_widget_class_bind_template_child (widget_class, DiptychTextPane, stack);
  gtk_widget_class_bind_template_child (widget_class, DiptychTextPane, empty_page);
  gtk_widget_class_bind_template_child (widget_class, DiptychTextPane, error_page);
  gtk_widget_class_bind_template_child (widget_class, DiptychTextPane, open_button);
  gtk_widget_class_bind_template_child (widget_class, DiptychTextPane, retry_button);
  gtk_widget_class_bind_template_child (widget_class, DiptychTextPane, view);
  gtk_widget_class_bind_template_child (widget_class, DiptychTextPane, change_map);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
diptych_text_pane_init (DiptychTextPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->layer = diptych_annotation_layer_new (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view)));
}

GtkWidget *
diptych_text_pane_new (DiptychSide side)
{
  DiptychTextPane *self = g_object_new (DIPTYCH_TYPE_TEXT_PANE, NULL);
  const char *target = side == DIPTYCH_SIDE_LEFT ? "left" : "right";

  self->side = side;
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->open_button), "s", target);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->retry_button), "s", target);
  gtk_label_set_label (self->title_label,
                       side == DIPTYCH_SIDE_LEFT ? _("No original") : _("No copy"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  side == DIPTYCH_SIDE_LEFT ? _("Left article") : _("Right article"),
                                  -1);

  return GTK_WIDGET (self);
}

static void
set_file (DiptychTextPane *self,
          GFile           *file)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_set_object (&self->file, file);
  if (file == NULL)
    return;

  name = g_file_get_basename (file);
  path = g_file_get_parse_name (file);
  gtk_label_set_label (self->title_label, name);
  gtk_label_set_label (self->path_label, path);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->path_label), path);
}

/* The buffer is filled this many bytes at a time, so that a long text
 * can go in between frames.
 */
#define FILL_CHUNK (128 * 1024)

/**
 * diptych_text_pane_begin_text:
 *
 * Starts showing @text, replacing any error or earlier text: the buffer is
 * emptied, and diptych_text_pane_fill() puts the text in. Until then the
 * view is insensitive and the article's annotations are not loaded.
 */
void
diptych_text_pane_begin_text (DiptychTextPane *self,
                              DiptychText     *text)
{
  g_return_if_fail (DIPTYCH_IS_TEXT_PANE (self));
  g_return_if_fail (DIPTYCH_IS_TEXT (text));

  /* The marks shown so far are for the text that goes; the window gives
   * the layer the document of the new one once it is in.
   */
  diptych_annotation_layer_set_document (self->layer, NULL);

  g_set_object (&self->text, text);
  self->filled = 0;
  diptych_annotation_layer_set_paused (self->layer, TRUE);
  g_clear_pointer (&self->error_message, g_free);
  set_file (self, diptych_text_get_file (text));
  if (diptych_text_get_file (text) == NULL)
    {
      gtk_label_set_label (self->title_label, diptych_text_get_name (text));
      gtk_label_set_label (self->path_label, "");
    }

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view)), "", 0);
  diptych_text_view_set_outline (self->view, -1, -1);
  diptych_text_view_set_mark_outline (self->view, -1, -1);
  gtk_widget_set_sensitive (GTK_WIDGET (self->view), FALSE);
  gtk_stack_set_visible_child_name (self->stack, "text");
}

/* Where the next piece of the text ends: after a line break when there is
 * one in the piece, never inside a character or between CR and LF.
 */
static gsize
next_piece_end (const char *contents,
                gsize       from,
                gsize       n_bytes)
{
  gsize end = from + FILL_CHUNK;
  const char *newline;

  if (end >= n_bytes)
    return n_bytes;

  newline = g_strrstr_len (contents + from, end - from, "\n");
  if (newline != NULL)
    return newline + 1 - contents;

  while (end > from && (contents[end] & 0xC0) == 0x80)
    end--;
  if (end > from && contents[end - 1] == '\r' && contents[end] == '\n')
    end++;
  return end > from ? end : n_bytes;
}

/**
 * diptych_text_pane_fill:
 * @deadline: a g_get_monotonic_time() after which to stop
 *
 * Puts the text given to diptych_text_pane_begin_text() in the buffer, a
 * piece at a time, until all of it is in or @deadline has passed. When all
 * of it is in, makes the view sensitive.
 *
 * Returns: whether the whole text is in
 */
gboolean
diptych_text_pane_fill (DiptychTextPane *self,
                        gint64           deadline)
{
  GtkTextBuffer *buffer;
  const char *contents;
  gsize n_bytes;

  g_return_val_if_fail (DIPTYCH_IS_TEXT_PANE (self), TRUE);

  if (self->text == NULL || self->filled == G_MAXSIZE)
    return TRUE;

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view));
  contents = diptych_text_get_contents (self->text, &n_bytes);
  while (self->filled < n_bytes)
    {
      gsize end = next_piece_end (contents, self->filled, n_bytes);
      GtkTextIter iter;

      gtk_text_buffer_get_end_iter (buffer, &iter);
      gtk_text_buffer_begin_irreversible_action (buffer);
      gtk_text_buffer_insert (buffer, &iter, contents + self->filled, end - self->filled);
      gtk_text_buffer_end_irreversible_action (buffer);
      self->filled = end;

      if (self->filled < n_bytes && g_get_monotonic_time () >= deadline)
        return FALSE;
    }
  self->filled = G_MAXSIZE;
  diptych_annotation_layer_set_paused (self->layer, FALSE);

  gtk_widget_set_sensitive (GTK_WIDGET (self->view), TRUE);

  return TRUE;
}

/**
 * diptych_text_pane_get_filling:
 *
 * Returns: whether part of the text is not in the buffer yet
 */
gboolean
diptych_text_pane_get_filling (DiptychTextPane *self)
{
  g_return_val_if_fail (DIPTYCH_IS_TEXT_PANE (self), FALSE);

  return self->text != NULL && self->filled != G_MAXSIZE;
}

/**
 * diptych_text_pane_set_text:
 *
 * Shows @text, replacing any error or earlier text, all at once.
 */
void
diptych_text_pane_set_text (DiptychTextPane *self,
                            DiptychText     *text)
{
  g_return_if_fail (DIPTYCH_IS_TEXT_PANE (self));
  g_return_if_fail (DIPTYCH_IS_TEXT (text));

  diptych_text_pane_begin_text (self, text);
  diptych_text_pane_fill (self, G_MAXINT64);
}

/**
 * diptych_text_pane_clear:
 *
 * Shows no article, as when none was opened.
 */
void
diptych_text_pane_clear (DiptychTextPane *self)
{
  g_return_if_fail (DIPTYCH_IS_TEXT_PANE (self));

  diptych_annotation_layer_set_document (self->layer, NULL);
  diptych_annotation_layer_set_paused (self->layer, FALSE);
  g_clear_object (&self->text);
  g_clear_object (&self->file);
  g_clear_pointer (&self->error_message, g_free);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view)), "", 0);
  diptych_text_view_set_outline (self->view, -1, -1);
  diptych_text_view_set_mark_outline (self->view, -1, -1);
  gtk_widget_set_sensitive (GTK_WIDGET (self->view), TRUE);
  gtk_label_set_label (self->title_label,
                       self->side == DIPTYCH_SIDE_LEFT ? _("No original") : _("No copy"));
  gtk_label_set_label (self->path_label, "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->path_label), NULL);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/**
 * diptych_text_pane_set_error:
 *
 * Shows why @file could not be opened, in place of its text.
 */
void
diptych_text_pane_set_error (DiptychTextPane *self,
                             GFile           *file,
                             const GError    *error)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (DIPTYCH_IS_TEXT_PANE (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (error != NULL);

  g_clear_object (&self->text);
  diptych_annotation_layer_set_document (self->layer, NULL);
  diptych_annotation_layer_set_paused (self->layer, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->view), TRUE);
  set_file (self, file);
  g_free (self->error_message);
  self->error_message = g_strdup (error->message);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view)), "", 0);

  name = g_file_get_basename (file);
  /* Translators: %s is a file name */
  title = g_strdup_printf (_("Cannot Open “%s”"), name);
  adw_status_page_set_title (self->error_page, title);
  adw_status_page_set_description (self->error_page, error->message);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

/**
 * diptych_text_pane_get_text:
 *
 * Returns: (transfer none) (nullable): the text shown, if any
 */
DiptychText *
diptych_text_pane_get_text (DiptychTextPane *self)
{
  g_return_val_if_fail (DIPTYCH_IS_TEXT_PANE (self), NULL);

  return self->text;
}

/**
 * diptych_text_pane_get_file:
 *
 * Returns: (transfer none) (nullable): the file shown or that failed
 */
GFile *
diptych_text_pane_get_file (DiptychTextPane *self)
{
  g_return_val_if_fail (DIPTYCH_IS_TEXT_PANE (self), NULL);

  return self->file;
}

/**
 * diptych_text_pane_get_error:
 *
 * Returns: (nullable): the message shown instead of the text
 */
const char *
diptych_text_pane_get_error (DiptychTextPane *self)
{
  g_return_val_if_fail (DIPTYCH_IS_TEXT_PANE (self), NULL);

  return self->error_message;
}

DiptychTextView *
diptych_text_pane_get_view (DiptychTextPane *self)
{
  g_return_val_if_fail (DIPTYCH_IS_TEXT_PANE (self), NULL);

  return self->view;
}

GtkTextBuffer *
diptych_text_pane_get_buffer (DiptychTextPane *self)
{
  g_return_val_if_fail (DIPTYCH_IS_TEXT_PANE (self), NULL);

  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view));
}

/**
 * diptych_text_pane_get_layer:
 *
 * Returns: (transfer none): the annotations of the article shown
 */
DiptychAnnotationLayer *
diptych_text_pane_get_layer (DiptychTextPane *self)
{
  g_return_val_if_fail (DIPTYCH_IS_TEXT_PANE (self), NULL);

  return self->layer;
}

DiptychChangeMap *
diptych_text_pane_get_change_map (DiptychTextPane *self)
{
  g_return_val_if_fail (DIPTYCH_IS_TEXT_PANE (self), NULL);

  return self->change_map;
}
