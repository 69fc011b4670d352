package cn.luoshi.ledger.web;

import cn.luoshi.ledger.TaskQuery;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets a controller method take a {@link TaskQuery} read by {@link TaskQuery#from} (the list page, its API and the
 * Excel export); also puts it in the model as {@code query} for the list template. Bad values answer 400.
 */
@Configuration(proxyBeanMethods = false)
class TaskQueryArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == TaskQuery.class;
    }

    @Override
    public TaskQuery resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        TaskQuery query = TaskQuery.from(request::getParameter);
        if (mav != null) {
            mav.addAttribute("query", query);
        }
        return query;
    }
}
