/* diptych-annotation-sidebar.c: the marks of both articles, and an editor
 * for the selected one
 *
 * The list is a GtkListView over the two articles' stores (flattened),
 * filtered by kind and search text in the template: nothing is rebuilt on
 * a change, and every mark is listed, however many. Orphaned marks are
 * listed apart, by a second filter, with Re-attach and Delete. Below, the
 * editor shows the selected mark.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-annotation-sidebar"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "diptych-annotation-editor.h"
#include "diptych-annotation-row.h"
#include "diptych-annotation-sidebar.h"

struct _DiptychAnnotationSidebar
{
  GtkWidget                parent_instance;

  DiptychPairView         *pair_view;  /* weak */
  DiptychMarkController   *marks;
  gboolean                 syncing;    /* the selection follows the controller */

  GtkWidget               *box;
  GtkSearchEntry          *search_entry;
  GtkToggleButton         *source_toggle;
  GtkToggleButton         *claim_toggle;
  GtkToggleButton         *casualty_toggle;
  GtkStack                *list_stack;
  GtkListView             *list_view;
  GtkSingleSelection      *selection;
  GtkFilterListModel      *filter_model;
  GtkCustomFilter         *kind_filter;
  GtkFlattenListModel     *all_marks;
  GListStore              *stores;
  GtkWidget               *orphans_box;
  GtkFilterListModel      *orphan_model;
  GtkCustomFilter         *orphan_filter;
  DiptychAnnotationEditor *editor;

  GFile                   *named_files[2];
  char                    *names[2];  /* their base names, for the rows */
};

G_DEFINE_FINAL_TYPE (DiptychAnnotationSidebar, diptych_annotation_sidebar, GTK_TYPE_WIDGET)

static DiptychAnnotationLayer *
layer_of (DiptychAnnotationSidebar *self,
          DiptychSide               side)
{
  return diptych_text_pane_get_layer (diptych_pair_view_get_pane (self->pair_view, side));
}

static DiptychAnnotationStore *
store_of (DiptychAnnotationSidebar *self,
          DiptychSide               side)
{
  return self->pair_view != NULL ? diptych_annotation_layer_get_store (layer_of (self, side)) : NULL;
}

/* The article a listed mark belongs to. */
static DiptychSide
side_of (DiptychAnnotationSidebar *self,
         DiptychAnnotation        *a)
{
  DiptychAnnotationStore *left = store_of (self, DIPTYCH_SIDE_LEFT);

  if (left != NULL && diptych_annotation_store_lookup (left, diptych_annotation_get_id (a)) == a)
    return DIPTYCH_SIDE_LEFT;
  return DIPTYCH_SIDE_RIGHT;
}

static char *
search_text_cb (DiptychAnnotation        *a,
                DiptychAnnotationSidebar *self)
{
  g_autofree char *description = NULL;

  if (a == NULL)
    return NULL;
  description = diptych_annotation_describe (a);
  return g_strjoin ("\n", diptych_annotation_get_exact (a), description, diptych_annotation_get_note (a), NULL);
}

static gboolean
kind_shown (gpointer item,
            gpointer data)
{
  DiptychAnnotationSidebar *self = data;
  DiptychAnnotation *a = item;
  GtkToggleButton *toggles[] = { self->source_toggle, self->claim_toggle, self->casualty_toggle };

  return diptych_annotation_get_anchor (a) != DIPTYCH_ANCHOR_ORPHANED &&
         gtk_toggle_button_get_active (toggles[diptych_annotation_get_kind (a)]);
}

static gboolean
is_orphan (gpointer item,
           gpointer data)
{
  return diptych_annotation_get_anchor (item) == DIPTYCH_ANCHOR_ORPHANED;
}

static void
kind_toggled_cb (DiptychAnnotationSidebar *self)
{
  gtk_filter_changed (GTK_FILTER (self->kind_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
row_setup_cb (DiptychAnnotationSidebar *self,
              GtkListItem              *item)
{
  gtk_list_item_set_child (item, diptych_annotation_row_new ());
}

/* The file name a row shows, worked out once per file, not per bind. */
static const char *
article_name (DiptychAnnotationSidebar *self,
              DiptychSide               side)
{
  GFile *file = self->pair_view ? diptych_pair_view_get_file (self->pair_view, side) : NULL;

  if (file != self->named_files[side] || self->names[side] == NULL)
    {
      g_set_object (&self->named_files[side], file);
      g_free (self->names[side]);
      self->names[side] = file ? g_file_get_basename (file)
                               : g_strdup (side == DIPTYCH_SIDE_LEFT ? _("Left") : _("Right"));
    }
  return self->names[side];
}

static void
row_bind_cb (DiptychAnnotationSidebar *self,
             GtkListItem              *item)
{
  DiptychAnnotation *a = gtk_list_item_get_item (item);
  DiptychSide side = side_of (self, a);

  diptych_annotation_row_bind (DIPTYCH_ANNOTATION_ROW (gtk_list_item_get_child (item)), a, side,
                               article_name (self, side));
}

static void
row_unbind_cb (DiptychAnnotationSidebar *self,
               GtkListItem              *item)
{
  diptych_annotation_row_unbind (DIPTYCH_ANNOTATION_ROW (gtk_list_item_get_child (item)));
}

static void
update_visibility (DiptychAnnotationSidebar *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));

  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
  gtk_widget_set_visible (self->orphans_box, g_list_model_get_n_items (G_LIST_MODEL (self->orphan_model)) > 0);
}

/* Selects and shows @a in its article. */
static void
go_to_mark (DiptychAnnotationSidebar *self,
            DiptychAnnotation        *a)
{
  DiptychSide side = side_of (self, a);
  DiptychTextPane *pane = diptych_pair_view_get_pane (self->pair_view, side);
  GtkTextBuffer *buffer = diptych_text_pane_get_buffer (pane);
  GtkTextIter iter;

  diptych_mark_controller_select (self->marks, side, a);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, diptych_annotation_get_start (a));
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_text_view_scroll_to_iter (GTK_TEXT_VIEW (diptych_text_pane_get_view (pane)), &iter, 0.2, TRUE, 0, 0.3);
}

static void
selected_cb (DiptychAnnotationSidebar *self)
{
  DiptychAnnotation *a = gtk_single_selection_get_selected_item (self->selection);

  if (self->syncing || a == NULL || a == diptych_mark_controller_get_selected (self->marks, NULL))
    return;
  go_to_mark (self, a);
}

static void
list_activate_cb (DiptychAnnotationSidebar *self,
                  guint                     position)
{
  g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (self->filter_model), position);

  if (a == NULL)
    return;
  go_to_mark (self, a);
  diptych_annotation_editor_focus_first (self->editor);
}

/* The list and the editor follow the selected mark. */
static void
selection_changed_cb (DiptychAnnotationSidebar *self)
{
  DiptychSide side;
  DiptychAnnotation *selected = diptych_mark_controller_get_selected (self->marks, &side);
  guint position = GTK_INVALID_LIST_POSITION;

  diptych_annotation_editor_set_annotation (self->editor, side, selected);

  if (gtk_single_selection_get_selected_item (self->selection) == (gpointer)selected && selected != NULL)
    return;
  if (selected != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));

      for (guint i = 0; i < n && position == GTK_INVALID_LIST_POSITION; i++)
        {
          g_autoptr(DiptychAnnotation) a = g_list_model_get_item (G_LIST_MODEL (self->filter_model), i);

          if (a == selected)
            position = i;
        }
    }

  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->syncing = FALSE;
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

/* Loading or reloading gives a pane another store. */
static void
update_stores (DiptychAnnotationSidebar *self)
{
  DiptychAnnotationStore *left = store_of (self, DIPTYCH_SIDE_LEFT);
  DiptychAnnotationStore *right = store_of (self, DIPTYCH_SIDE_RIGHT);
  gpointer wanted[2];
  guint n = 0;

  if (left != NULL)
    wanted[n++] = left;
  /* One file on both sides: its marks once. */
  if (right != NULL && right != left)
    wanted[n++] = right;
  g_list_store_splice (self->stores, 0, g_list_model_get_n_items (G_LIST_MODEL (self->stores)), wanted, n);
}

/* The annotation a row's action names: (side, id), or %NULL if gone. */
static DiptychAnnotation *
annotation_of (DiptychAnnotationSidebar *self,
               GVariant                 *parameter,
               guint                    *side)
{
  DiptychAnnotationStore *store;
  const char *id;

  g_variant_get (parameter, "(u&s)", side, &id);
  store = store_of (self, *side);
  return store != NULL ? diptych_annotation_store_lookup (store, id) : NULL;
}

static void
reattach_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DiptychAnnotationSidebar *self = DIPTYCH_ANNOTATION_SIDEBAR (widget);
  guint side;
  DiptychAnnotation *a = annotation_of (self, parameter, &side);

  if (a != NULL)
    diptych_mark_controller_reattach (self->marks, side, a);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DiptychAnnotationSidebar *self = DIPTYCH_ANNOTATION_SIDEBAR (widget);
  guint side;
  DiptychAnnotation *a = annotation_of (self, parameter, &side);

  if (a == NULL)
    return;
  diptych_mark_controller_select (self->marks, side, a);
  diptych_mark_controller_delete (self->marks);
}

static void
diptych_annotation_sidebar_dispose (GObject *object)
{
  DiptychAnnotationSidebar *self = (DiptychAnnotationSidebar *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DIPTYCH_TYPE_ANNOTATION_SIDEBAR);
  /* GTK 4.8 leaves the children of the template that have no id. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_object (&self->marks);
  g_clear_weak_pointer (&self->pair_view);
  for (guint side = 0; side < 2; side++)
    {
      g_clear_object (&self->named_files[side]);
      g_clear_pointer (&self->names[side], g_free);
    }

  G_OBJECT_CLASS (diptych_annotation_sidebar_parent_class)->dispose (object);
}

static void
diptych_annotation_sidebar_class_init (DiptychAnnotationSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = diptych_annotation_sidebar_dispose;

  g_type_ensure (DIPTYCH_TYPE_ANNOTATION_STORE);
  g_type_ensure (DIPTYCH_TYPE_ANNOTATION_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/diptych/Diptych/ui/diptych-annotation-sidebar.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "annotationsidebar");

  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationSidebar, box);
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationSidebar, source_toggle);
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationSidebar, claim_toggle);
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationSidebar, casualty_toggle);
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationSidebar, list_stack);
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationSidebar, list_view);
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationSidebar, selection);
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationSidebar, filter_model);
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationSidebar, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationSidebar, all_marks);
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationSidebar, stores);
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationSidebar, orphans_box);
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationSidebar, orphan_model);
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationSidebar, orphan_filter);
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationSidebar, editor);
  gtk_widget_class_bind_template_callback (widget_class, search_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_unbind_cb);
  gtk_widget_class_bind_template_callback (widget_class, selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);

  gtk_widget_class_install_action (widget_class, "sidebar.reattach", "(us)", reattach_action);
  gtk_widget_class_install_action (widget_class, "sidebar.delete", "(us)", delete_action);
}

static void
diptych_annotation_sidebar_init (DiptychAnnotationSidebar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_custom_filter_set_filter_func (self->kind_filter, kind_shown, self, NULL);
  gtk_custom_filter_set_filter_func (self->orphan_filter, is_orphan, NULL, NULL);
  g_signal_connect_object (self->filter_model, "items-changed", G_CALLBACK (update_visibility), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->orphan_model, "items-changed", G_CALLBACK (update_visibility), self,
                           G_CONNECT_SWAPPED);
  update_visibility (self);
}

GtkWidget *
diptych_annotation_sidebar_new (DiptychPairView       *pair_view,
                                DiptychMarkController *marks)
{
  DiptychAnnotationSidebar *self = g_object_new (DIPTYCH_TYPE_ANNOTATION_SIDEBAR, NULL);

  g_set_weak_pointer (&self->pair_view, pair_view);
  self->marks = g_object_ref (marks);
  diptych_annotation_editor_setup (self->editor, pair_view, marks);
  g_signal_connect_object (marks, "changed", G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  for (guint side = 0; side < 2; side++)
    g_signal_connect_object (layer_of (self, side), "notify::store", G_CALLBACK (update_stores), self,
                             G_CONNECT_SWAPPED);
  update_stores (self);
  selection_changed_cb (self);
  return GTK_WIDGET (self);
}

/**
 * diptych_annotation_sidebar_refresh:
 *
 * Nothing to do: the list follows the stores by itself. Kept for callers
 * that changed a mark outside the history.
 */
void
diptych_annotation_sidebar_refresh (DiptychAnnotationSidebar *self)
{
  g_return_if_fail (DIPTYCH_IS_ANNOTATION_SIDEBAR (self));
  gtk_filter_changed (GTK_FILTER (self->kind_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

guint
diptych_annotation_sidebar_get_n_rows (DiptychAnnotationSidebar *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_SIDEBAR (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
}

guint
diptych_annotation_sidebar_get_n_orphans (DiptychAnnotationSidebar *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_SIDEBAR (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->orphan_model));
}

void
diptych_annotation_sidebar_set_search (DiptychAnnotationSidebar *self,
                                       const char               *search)
{
  g_return_if_fail (DIPTYCH_IS_ANNOTATION_SIDEBAR (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search);
}

/**
 * diptych_annotation_sidebar_activate_row:
 *
 * Does what clicking the @index-th row does.
 */
void
diptych_annotation_sidebar_activate_row (DiptychAnnotationSidebar *self,
                                         guint                     index)
{
  g_return_if_fail (DIPTYCH_IS_ANNOTATION_SIDEBAR (self));
  gtk_single_selection_set_selected (self->selection, index);
}

/**
 * diptych_annotation_sidebar_get_editor:
 *
 * Returns: (transfer none): the editor of the selected mark
 */
DiptychAnnotationEditor *
diptych_annotation_sidebar_get_editor (DiptychAnnotationSidebar *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_SIDEBAR (self), NULL);
  return self->editor;
}

/**
 * diptych_annotation_sidebar_get_list_view:
 *
 * Returns: (transfer none): the list of marks
 */
GtkListView *
diptych_annotation_sidebar_get_list_view (DiptychAnnotationSidebar *self)
{
  g_return_val_if_fail (DIPTYCH_IS_ANNOTATION_SIDEBAR (self), NULL);
  return self->list_view;
}

/**
 * diptych_annotation_sidebar_add_section:
 * @section: a widget to show below the lists (the suggestions)
 */
void
diptych_annotation_sidebar_add_section (DiptychAnnotationSidebar *self,
                                        GtkWidget                *section)
{
  g_return_if_fail (DIPTYCH_IS_ANNOTATION_SIDEBAR (self));
  g_return_if_fail (GTK_IS_WIDGET (section));

  gtk_box_append (GTK_BOX (self->box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (self->box), section);
}
