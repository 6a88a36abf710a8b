/* diptych-annotation-layer.c: an article's marks, painted in its buffer
 *
 * A view of a DiptychAnnotationDocument: the layer tags every placed mark
 * in the text buffer by kind and follows the document's changes. It holds
 * no state of its own: loading, saving and editing are the document's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-annotation-layer"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "diptych-annotation-layer.h"

struct _DiptychAnnotationLayer
{
  GObject                    parent_instance;

  GtkTextBuffer             *buffer;
  DiptychAnnotationDocument *document;
  DiptychAnnotationStore    *store;  /* the document's, while it is shown */
  gboolean                   loading;
  gboolean                   paused;  /* the buffer is still being filled */
};

G_DEFINE_FINAL_TYPE (DiptychAnnotationLayer, diptych_annotation_layer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *tag_names[] = { "mark-source", "mark-claim", "mark-casualty" };

/* Marks whose words changed in the article since they were made. */
#define CHANGED_TAG "mark-changed"

/* Tags */

static void
create_tags (GtkTextBuffer *buffer)
{
  /* Each kind differs by more than colour: a thick line under sources,
   * italics on a tinted ground for claims, bold with a wavy line for
   * figures. Colours are set by update_tag_colors().
   */
  gtk_text_buffer_create_tag (buffer, tag_names[DIPTYCH_ANNOTATION_SOURCE],
                              "underline", PANGO_UNDERLINE_SINGLE_LINE,
                              "weight", PANGO_WEIGHT_SEMIBOLD,
                              NULL);
  gtk_text_buffer_create_tag (buffer, tag_names[DIPTYCH_ANNOTATION_CLAIM],
                              "style", PANGO_STYLE_ITALIC,
                              NULL);
  gtk_text_buffer_create_tag (buffer, tag_names[DIPTYCH_ANNOTATION_CASUALTY],
                              "weight", PANGO_WEIGHT_BOLD,
                              "underline", PANGO_UNDERLINE_ERROR_LINE,
                              NULL);
  /* Not an overline: GTK 4.8 frees a tag's overline colour twice. */
  gtk_text_buffer_create_tag (buffer, CHANGED_TAG, NULL);
}

/* GNOME palette: darker shades on light backgrounds, lighter on dark. */
static void
update_tag_colors (DiptychAnnotationLayer *self)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (self->buffer);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA blue, yellow, red, orange;

  gdk_rgba_parse (&blue, dark ? "#99c1f1" : "#1c71d8");
  gdk_rgba_parse (&yellow, dark ? "rgba(248,228,92,0.22)" : "rgba(229,165,10,0.28)");
  gdk_rgba_parse (&red, dark ? "#f66151" : "#c01c28");
  gdk_rgba_parse (&orange, dark ? "#ffa348" : "#c64600");

  g_object_set (gtk_text_tag_table_lookup (table, tag_names[DIPTYCH_ANNOTATION_SOURCE]),
                "underline-rgba", &blue, NULL);
  g_object_set (gtk_text_tag_table_lookup (table, tag_names[DIPTYCH_ANNOTATION_CLAIM]),
                "background-rgba", &yellow, NULL);
  g_object_set (gtk_text_tag_table_lookup (table, tag_names[DIPTYCH_ANNOTATION_CASUALTY]),
                "underline-rgba", &red, NULL);
  g_object_set (gtk_text_tag_table_lookup (table, CHANGED_TAG), "foreground-rgba", &orange, NULL);
}

/* Re-tags the whole buffer. Overlapping marks of one kind share the tag,
 * so clearing and re-applying is simplest and fast enough (10,000 marks in
 * a few milliseconds).
 */
static void
retag (DiptychAnnotationLayer *self)
{
  GtkTextIter start, end;
  guint n;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  for (guint k = 0; k < G_N_ELEMENTS (tag_names); k++)
    gtk_text_buffer_remove_tag_by_name (self->buffer, tag_names[k], &start, &end);
  gtk_text_buffer_remove_tag_by_name (self->buffer, CHANGED_TAG, &start, &end);

  /* While the document loads, its marks are for the text it had; while
   * the buffer fills, not all of the text is there.
   */
  if (self->store == NULL || self->loading || self->paused)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (self->store), i);

      if (diptych_annotation_get_anchor (a) == DIPTYCH_ANCHOR_ORPHANED)
        continue;
      gtk_text_buffer_get_iter_at_offset (self->buffer, &start, diptych_annotation_get_start (a));
      gtk_text_buffer_get_iter_at_offset (self->buffer, &end, diptych_annotation_get_end (a));
      gtk_text_buffer_apply_tag_by_name (self->buffer, tag_names[diptych_annotation_get_kind (a)],
                                         &start, &end);
      if (diptych_annotation_get_anchor (a) == DIPTYCH_ANCHOR_CHANGED)
        gtk_text_buffer_apply_tag_by_name (self->buffer, CHANGED_TAG, &start, &end);
    }
}

static void
store_changed_cb (DiptychAnnotationLayer *self)
{
  retag (self);
}

/* The document loaded, merged or saved elsewhere: another store. */
static void
document_store_changed_cb (DiptychAnnotationLayer *self)
{
  DiptychAnnotationStore *store = diptych_annotation_document_get_store (self->document);

  if (store == self->store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (self->store != NULL)
    g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self,
                             G_CONNECT_SWAPPED);
  retag (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
document_state_changed_cb (DiptychAnnotationLayer *self)
{
  gboolean loading = diptych_annotation_document_get_state (self->document) == DIPTYCH_DOCUMENT_STATE_LOADING;

  if (loading == self->loading)
    return;
  self->loading = loading;
  retag (self);
}

/**
 * diptych_annotation_layer_set_document:
 * @document: (nullable): the annotations of the article in the buffer
 *
 * Shows the marks of @document in the buffer, and follows its changes.
 */
void
diptych_annotation_layer_set_document (DiptychAnnotationLayer    *self,
                                       DiptychAnnotationDocument *document)
{
  g_return_if_fail (DIPTYCH_IS_ANNOTATION_LAYER (self));
  g_return_if_fail (document == NULL || DIPTYCH_IS_ANNOTATION_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  self->loading = FALSE;
  if (document != NULL)
    {
      g_signal_connect_object (document, "notify::store", G_CALLBACK (document_store_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::state", G_CALLBACK (document_state_changed_cb), self,
                               G_CONNECT_SWAPPED);
      self->loading = diptych_annotation_document_get_state (document) == DIPTYCH_DOCUMENT_STATE_LOADING;
    }

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  if (document != NULL)
    document_store_changed_cb (self);
  else
    {
      retag (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/**
 * diptych_annotation_layer_set_paused:
 *
 * Paints nothing while @paused (the buffer is being filled), and paints
 * the marks again when painting resumes.
 */
void
diptych_annotation_layer_set_paused (DiptychAnnotationLayer *self,
                                     gboolean                paused)
{
  g_return_if_fail (DIPTYCH_IS_ANNOTATION_LAYER (self));

  paused = !!paused;
  if (self->paused == paused)
    return;
  self->paused = paused;
  if (!paused)
    retag (self);
}

/**
 * diptych_annotation_layer_get_document:
 *
 * Returns: (transfer none) (nullable): the document shown
 */
DiptychAnnotationDocument *
diptych_annotation_layer_get_document (DiptychAnnotationLayer *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_LAYER (self), NULL);
  return self->document;
}

/**
 * diptych_annotation_layer_get_store:
 *
 * Returns: (transfer none) (nullable): the marks shown
 */
DiptychAnnotationStore *
diptych_annotation_layer_get_store (DiptychAnnotationLayer *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_LAYER (self), NULL);
  return self->store;
}

static void
diptych_annotation_layer_dispose (GObject *object)
{
  DiptychAnnotationLayer *self = (DiptychAnnotationLayer *)object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->store);
  g_clear_object (&self->document);
  g_clear_object (&self->buffer);

  G_OBJECT_CLASS (diptych_annotation_layer_parent_class)->dispose (object);
}

static void
diptych_annotation_layer_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  DiptychAnnotationLayer *self = DIPTYCH_ANNOTATION_LAYER (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diptych_annotation_layer_class_init (DiptychAnnotationLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = diptych_annotation_layer_dispose;
  object_class->get_property = diptych_annotation_layer_get_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, DIPTYCH_TYPE_ANNOTATION_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, DIPTYCH_TYPE_ANNOTATION_STORE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
diptych_annotation_layer_init (DiptychAnnotationLayer *self)
{
}

/**
 * diptych_annotation_layer_new:
 * @buffer: the buffer showing the article
 *
 * Returns: (transfer full): a layer with no document yet
 */
DiptychAnnotationLayer *
diptych_annotation_layer_new (GtkTextBuffer *buffer)
{
  DiptychAnnotationLayer *self;

  g_return_val_if_fail (GTK_IS_TEXT_BUFFER (buffer), NULL);

  self = g_object_new (DIPTYCH_TYPE_ANNOTATION_LAYER, NULL);
  self->buffer = g_object_ref (buffer);
  create_tags (buffer);
  update_tag_colors (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_tag_colors), self, G_CONNECT_SWAPPED);
  return self;
}
