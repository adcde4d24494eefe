/** Web infrastructure shared by every module: language, error pages and problem documents, htmx. */
package id.rancang.shared.web;
